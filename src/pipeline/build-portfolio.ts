import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { findBrowser } from "../print/find-browser.js";
import { defaultMemoryBudgetMb } from "../print/print-cost.js";
import { startBrowser, type BrowserSession } from "../print/browser-session.js";
import {
  BROWSER_TIMEOUT_MS,
  buildPlan,
  type BuildOptions,
  type BuildResult,
} from "./build-plan.js";

/** One plan of a portfolio: its folder, and how it is named in messages. */
export interface PortfolioPlan {
  dir: string;
  /** The folder relative to where the command runs, with `/` separators. */
  label: string;
}

export interface PlanOutcome {
  plan: PortfolioPlan;
  /** Null when the build failed before it could report (no browser, a full disk). */
  result: BuildResult | null;
  /** The environment's problem that stopped this plan, if any. */
  failure: MasterplanError | null;
  ms: number;
}

/**
 * The plans named on the command line: each folder that holds a masterplan.yaml is a plan, and
 * a folder that does not is searched one level down for plan folders (a portfolio kept as
 * `regions/<name>/`). A folder that is neither stays as given, so that its build says what
 * is missing. Each plan appears once, in the order given, then by name.
 */
export function findPlans(dirs: readonly string[], cwd: string): PortfolioPlan[] {
  const found: string[] = [];
  for (const given of dirs) {
    const dir = path.resolve(cwd, given);
    if (existsSync(path.join(dir, "masterplan.yaml"))) {
      found.push(dir);
      continue;
    }
    const inner = subfolders(dir).filter((d) => existsSync(path.join(d, "masterplan.yaml")));
    found.push(...(inner.length ? inner : [dir]));
  }
  return [...new Set(found)].map((dir) => ({ dir, label: labelOf(dir, cwd) }));
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith("."))
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

function labelOf(dir: string, cwd: string): string {
  const rel = path.relative(cwd, dir);
  return (rel === "" ? "." : rel.startsWith("..") ? dir : rel).split(path.sep).join("/");
}

/** `--shard i/n`, checked: shard i (from 1) of n. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new MasterplanError(
      `--shard ${text} is not a shard: give i/n with 1 ≤ i ≤ n, such as 1/4.`,
      "In a GitHub Actions matrix: --shard ${{ matrix.shard }}/${{ strategy.job-total }}.",
    );
  return { index, count };
}

/**
 * Shard i of n: the plans in order of their label, dealt out in turn. The same plans and the
 * same n always give the same shards, every plan is in exactly one, and their sizes differ by
 * at most one.
 */
export function pickShard(
  plans: readonly PortfolioPlan[],
  shard: { index: number; count: number },
): PortfolioPlan[] {
  return [...plans]
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .filter((_, i) => i % shard.count === shard.index - 1);
}

/**
 * Plans whose outputs would have the same file names (the manifest's `name`), one error at each
 * later manifest's `name`. Checked over the whole portfolio, before any shard is taken, so that
 * every machine of a matrix agrees.
 */
export function outputCollisions(plans: readonly PortfolioPlan[]): Diagnostic[] {
  const seen = new Map<string, PortfolioPlan>();
  const diagnostics: Diagnostic[] = [];
  for (const plan of plans) {
    const named = manifestName(plan.dir);
    if (!named) continue;
    const first = seen.get(named.name);
    if (!first) {
      seen.set(named.name, plan);
      continue;
    }
    diagnostics.push({
      severity: "error",
      code: "build/output-collision",
      file: named.file,
      line: named.line,
      column: named.column,
      message: `This plan's outputs would be named ${named.name}.pdf and ${named.name}.html, like those of ${first.label}; one would replace the other.`,
      related: [{ ...manifestName(first.dir)!, message: "the other plan's name" }],
      hint: "Give one of the plans another `name` in its masterplan.yaml, or build them into different --out folders.",
    });
  }
  return diagnostics;
}

/** The manifest's `name` and where it is written; null when it cannot be read (its build says why). */
function manifestName(
  dir: string,
): { name: string; file: string; line: number; column: number } | null {
  const file = path.join(dir, "masterplan.yaml");
  try {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines });
    if (!isMap(doc.contents)) return null;
    const node = doc.contents.get("name", true);
    if (!isScalar(node) || typeof node.value !== "string") return null;
    const at = lines.linePos(node.range?.[0] ?? 0);
    return { name: node.value, file, line: at.line, column: at.col };
  } catch {
    return null;
  }
}

export interface PortfolioOptions extends Omit<BuildOptions, "dir" | "session"> {
  /** Documents printed at a time. */
  jobs: number;
  /** Each plan as it finishes, for a report that keeps pace. */
  onPlan?: (outcome: PlanOutcome) => void;
}

/**
 * Builds several plans with one browser, `jobs` at a time. A plan that fails (its own errors,
 * or a problem with its output folder) does not stop the others; an interruption stops all.
 */
export async function buildPortfolio(
  plans: readonly PortfolioPlan[],
  options: PortfolioOptions,
): Promise<PlanOutcome[]> {
  let session: BrowserSession | null = null;
  if (options.only !== "html")
    session = startBrowser(findBrowser({ flag: options.browser, env: options.env }), {
      timeoutMs: BROWSER_TIMEOUT_MS,
      signal: options.signal,
    });
  const outcomes: PlanOutcome[] = new Array<PlanOutcome>(plans.length);
  let next = 0;
  const worker = async () => {
    while (next < plans.length && !options.signal?.aborted) {
      const i = next++;
      const plan = plans[i]!;
      const started = performance.now();
      let outcome: PlanOutcome;
      try {
        const result = await buildPlan({
          ...options,
          // Documents printed side by side share the memory.
          memoryBudgetMb: (options.memoryBudgetMb ?? defaultMemoryBudgetMb()) / options.jobs,
          dir: plan.dir,
          session: session ?? undefined,
        });
        outcome = { plan, result, failure: null, ms: performance.now() - started };
      } catch (e) {
        if (!(e instanceof MasterplanError) || options.signal?.aborted) throw e;
        // A browser that would not start fails every plan alike: say it once.
        if (
          session &&
          (await session.browser.then(
            () => false,
            () => true,
          ))
        )
          throw e;
        outcome = { plan, result: null, failure: e, ms: performance.now() - started };
      }
      outcomes[i] = outcome;
      options.onPlan?.(outcome);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(options.jobs, plans.length)) }, worker),
    );
  } finally {
    await session?.close();
  }
  return outcomes;
}
