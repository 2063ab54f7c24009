import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}

let work: string;
let repo: string;
let tool: string;
let steps: Step[];
let jobEnv: Record<string, string>;

const git = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: repo,
    stdio: "pipe",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Analis",
      GIT_AUTHOR_EMAIL: "analis@example.invalid",
      GIT_COMMITTER_NAME: "Analis",
      GIT_COMMITTER_EMAIL: "analis@example.invalid",
    },
  }).toString();

/**
 * A region's repository as `masterplan init` makes it, with masterplan installed from the packed
 * tarball in place of the registry: the workflow's own commands, step by step, as GitHub runs
 * them (bash -e, its files for outputs and the summary), on a push and on a pull request.
 */
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "mp-workflow-"));
  const packed = execFileSync(
    "npm",
    ["pack", "--ignore-scripts", "--silent", "--pack-destination", work],
    {
      encoding: "utf8",
    },
  ).trim();
  tool = path.join(work, "tool");
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      tool,
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      path.join(work, packed),
    ],
    { stdio: "pipe" },
  );
  execFileSync(process.execPath, [BIN, "init", "contoh", "--region", "Kabupaten Contoh"], {
    cwd: work,
    env: { ...process.env, MASTERPLAN_LANG: "" },
  });
  repo = path.join(work, "contoh");
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Masterplan Kabupaten Contoh");
  // A remote to compare a pull request with, as actions/checkout leaves `origin/<base>`.
  git("remote", "add", "origin", repo);
  git("fetch", "-q", "origin");
  const workflow = parse(
    await readFile(path.join(repo, ".github/workflows/masterplan.yml"), "utf8"),
  ) as {
    jobs: { plan: { env: Record<string, string>; steps: Step[] } };
  };
  steps = workflow.jobs.plan.steps;
  jobEnv = workflow.jobs.plan.env;
}, 600_000);

/** Runs each `run:` step of the job as GitHub would; the install step uses the tarball. */
async function runSteps(event: "push" | "pull_request", baseRef: string) {
  const output = path.join(work, `${event}-output`);
  const summary = path.join(work, `${event}-summary.md`);
  await writeFile(output, "");
  await writeFile(summary, "");
  const results: Array<{ name: string; code: number | null; out: string }> = [];
  for (const step of steps) {
    if (!step.run) continue;
    if (step.if && !(event === "pull_request" && step.if.includes("pull_request"))) continue;
    // The fonts are on this machine already; sudo and apt are GitHub's runner's.
    if (step.run.includes("apt-get")) continue;
    const script = step.run.includes("npm install --global")
      ? `test "$MASTERPLAN_VERSION" = "${(JSON.parse(await readFile("package.json", "utf8")) as { version: string }).version}"`
      : step.run;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...jobEnv,
      ...(step.env ?? {}),
      PATH: `${path.join(tool, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_SHA: git("rev-parse", "HEAD").trim(),
      GITHUB_EVENT_NAME: event,
      BASE_REF: event === "pull_request" ? baseRef : "",
    };
    delete env.PUPPETEER_EXECUTABLE_PATH;
    const r = spawnSync("bash", ["-e", "-c", script], { cwd: repo, env, encoding: "utf8" });
    results.push({ name: step.name ?? script, code: r.status, out: r.stdout + r.stderr });
  }
  return {
    results,
    output: await readFile(output, "utf8"),
    summary: await readFile(summary, "utf8"),
  };
}

it("its steps pass on a push: validate, fmt, build, the artifact's name", async () => {
  const { results, output } = await runSteps("push", "");
  for (const r of results) expect(r.code, `${r.name}\n${r.out}`).toBe(0);
  // The masterplan installed is the tarball's, not a checkout's.
  const which = spawnSync("bash", ["-c", "command -v masterplan"], {
    env: { ...process.env, PATH: `${path.join(tool, "node_modules", ".bin")}:${process.env.PATH}` },
    encoding: "utf8",
  }).stdout;
  expect(which).toContain(tool);
  const built = await readdir(path.join(repo, "dist"));
  expect(built).toEqual(
    expect.arrayContaining([
      "masterplan-smart-city-contoh.pdf",
      "masterplan-smart-city-contoh.html",
    ]),
  );
  expect(output).toMatch(/^name=masterplan-smart-city-contoh-[0-9a-f]{7}$/m);
  // dist/ stays out of the repository.
  expect(git("status", "--porcelain")).toBe("");
});

it("its steps pass on a pull request, and the summary lists the changes and the problems", async () => {
  git("checkout", "-q", "-b", "ubah");
  const manifest = path.join(repo, "masterplan.yaml");
  const program = (await readdir(path.join(repo, "programs", "governance")))[0];
  expect(program).toBeDefined();
  await writeFile(
    manifest,
    (await readFile(manifest, "utf8")).replace(/^ {2}province: null$/m, "  province: Jawa Tengah"),
  );
  git("commit", "-q", "-am", "Provinsi");
  const { results, summary } = await runSteps("pull_request", "main");
  for (const r of results) expect(r.code, `${r.name}\n${r.out}`).toBe(0);
  expect(summary).toContain("masterplan: masalah dalam rencana");
  expect(summary).toContain("Perubahan masterplan: `origin/main` → `HEAD`");
  expect(summary).toContain("masterplan.yaml");
});
