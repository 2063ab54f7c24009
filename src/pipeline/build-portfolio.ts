import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Diagnostic, Location } from "../diagnostics/diagnostic.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { locate } from "../load/source-file.js";
import { defaultMemoryBudgetMb } from "../print/print-cost.js";
import { Printer } from "../print/printer.js";
import { buildPlan, type BuildOptions, type BuildResult, type BuildTarget } from "./build-plan.js";
import { prepare } from "./prepare.js";
import { t } from "../i18n/language.js";

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
    throw new MasterplanError(t("shard.bad", { text }), t("shard.bad-hint"));
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
 * every machine of a matrix agrees; the names come from each plan's checked manifest.
 */
export async function outputCollisions(plans: readonly PortfolioPlan[]): Promise<Diagnostic[]> {
  const named = await Promise.all(plans.map(async (plan) => manifestName(plan.dir)));
  const seen = new Map<string, { plan: PortfolioPlan; at: Location }>();
  const diagnostics: Diagnostic[] = [];
  plans.forEach((plan, i) => {
    const own = named[i];
    if (!own) return;
    const first = seen.get(own.name);
    if (!first) {
      seen.set(own.name, { plan, at: own.at });
      return;
    }
    diagnostics.push({
      severity: "error",
      code: "build/output-collision",
      ...own.at,
      message: t("portfolio.collision", { name: own.name, other: first.plan.label }),
      related: [{ ...first.at, message: t("portfolio.collision-other") }],
      hint: t("portfolio.collision-hint"),
    });
  });
  return diagnostics;
}

/** The manifest's `name` and where it is written; null when it cannot be read (its build says why). */
async function manifestName(dir: string): Promise<{ name: string; at: Location } | null> {
  try {
    const { partial } = await prepare(dir);
    if (!partial.manifest) return null;
    return {
      name: partial.manifest.data.name,
      at: locate(partial.manifest.source, ["name"]),
    };
  } catch (e) {
    if (e instanceof MasterplanError) return null;
    throw e;
  }
}

export interface PortfolioOptions extends Omit<BuildOptions, "target" | "printer"> {
  /** What to build, but for the plan folder, which each plan gives. */
  target: Omit<BuildTarget, "dir">;
  /** Documents printed at a time. */
  jobs: number;
  /** Each plan as it finishes, for a report that keeps pace. */
  onPlan?: (outcome: PlanOutcome) => void;
}

/**
 * Builds several plans with one printer, `jobs` at a time: each plan's build is the single
 * plan's. A plan that fails (its own errors, or a problem with its output folder) does not stop
 * the others; an interruption stops all, and a browser that will not start fails every plan
 * alike, so it is said once.
 */
export async function buildPortfolio(
  plans: readonly PortfolioPlan[],
  options: PortfolioOptions,
): Promise<PlanOutcome[]> {
  const env = options.environment ?? {};
  const printer =
    options.target.formats &&
    !options.target.formats.includes("pdf") &&
    !options.target.formats.includes("docx")
      ? null
      : Printer.start({ browser: env.browser, env: env.env, signal: env.signal });
  const outcomes: PlanOutcome[] = new Array<PlanOutcome>(plans.length);
  let next = 0;
  const worker = async () => {
    while (next < plans.length && !env.signal?.aborted) {
      const i = next++;
      const plan = plans[i]!;
      const started = performance.now();
      let outcome: PlanOutcome;
      try {
        const result = await buildPlan({
          ...options,
          target: { ...options.target, dir: plan.dir },
          // Documents printed side by side share the memory.
          limits: {
            ...options.limits,
            memoryMb: (options.limits?.memoryMb ?? defaultMemoryBudgetMb()) / options.jobs,
          },
          printer: printer ?? undefined,
        });
        outcome = { plan, result, failure: null, ms: performance.now() - started };
      } catch (e) {
        if (!(e instanceof MasterplanError) || env.signal?.aborted) throw e;
        if (printer && (await printer.failed())) throw e;
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
    await printer?.close();
  }
  return outcomes;
}
