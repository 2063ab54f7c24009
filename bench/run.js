// Benchmarks for validate and build on the bundled plan and on a plan ten times its size.
// Run with `npm run bench`; record the figures in BENCHMARKS.md. Medians over a few runs, one
// machine at a time: compare rows of one run with each other rather than with other machines.
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, writeFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkPlan } from "../lib/validate/check-plan.js";
import { Preview } from "../lib/serve/preview.js";
import { servePreview } from "../lib/serve/preview-server.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "masterplan.js");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeValidate(dir, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { diagnostics } = await checkPlan(dir);
    times.push(performance.now() - started);
    if (diagnostics.some((d) => d.severity === "error"))
      throw new Error(`bench plan ${dir} has errors`);
  }
  return median(times);
}

function timeBuild(dir, runs) {
  const times = [];
  let rss = 0;
  let pages = "";
  for (let i = 0; i < runs; i++) {
    const out = path.join(os.tmpdir(), `mp-bench-out-${process.pid}`);
    const started = performance.now();
    // GNU time reports the CLI's own peak memory (the browser runs in processes of its own).
    const r = spawnSync(
      "/usr/bin/time",
      ["-f", "%M", process.execPath, bin, "build", dir, "--out", out],
      {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    const lines = r.stderr.trim().split("\n");
    rss = Math.max(rss, Number(lines.at(-1)) / 1024);
    pages = /\((\d+) pages/.exec(r.stderr)?.[1] ?? "?";
  }
  return { ms: median(times), rssMb: rss, pages };
}

/** A copy of the bundled plan with every program repeated `factor` times under new ids. */
async function scaledPlan(factor) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-bench-"));
  await cp(path.join(root, "masterplan"), dir, { recursive: true });
  const programs = path.join(dir, "programs");
  for (const dim of await readdir(programs)) {
    for (const file of await readdir(path.join(programs, dim))) {
      const text = await readFile(path.join(programs, dim, file), "utf8");
      const id = file.replace(/\.yaml$/, "");
      for (let n = 2; n <= factor; n++) {
        const copy = text
          .replace(`id: ${id}`, `id: ${id}-${n}`)
          .replace("quick_win: true", "quick_win: false")
          .replace(/depends_on:\n( {2}- .*\n)+/, "depends_on: []\n");
        await writeFile(path.join(programs, dim, `${id}-${n}.yaml`), copy);
      }
    }
  }
  return dir;
}

const hasTime = spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;
if (!hasTime)
  console.error(
    "bench: /usr/bin/time is missing (apt-get install -y time); memory is not measured.",
  );

const bundled = path.join(root, "masterplan");
const large = await scaledPlan(10);
const rows = [];
rows.push([
  "validate, bundled plan (36 programs)",
  `${(await timeValidate(bundled, 7)).toFixed(0)} ms`,
  "",
]);
rows.push([
  "validate, 10× plan (360 programs)",
  `${(await timeValidate(large, 5)).toFixed(0)} ms`,
  "",
]);
/** Rebuilds a running watch makes before these are timed: it lives for a whole session. */
const WARM_UP = 5;

/** One program renamed, then the preview rebuilt in process: what a save costs the pipeline. */
async function timeRebuild(dir, runs) {
  const preview = new Preview(dir);
  await preview.rebuild();
  const file = path.join(dir, "programs", "governance", "e-akun-identitas-tunggal.yaml");
  const text = await readFile(file, "utf8");
  const times = [];
  for (let i = -WARM_UP; i < runs; i++) {
    await writeFile(file, text.replace(/^name: .*$/m, `name: Nama Uji ${i}`));
    const started = performance.now();
    const state = await preview.rebuild();
    times.push(performance.now() - started);
    if (!state.html?.includes(`Nama Uji ${i}`)) throw new Error("the rebuild missed the edit");
    if (i < 0) times.pop();
  }
  await writeFile(file, text);
  return median(times);
}

/**
 * From the file's save to the served page holding the edit, through the file watcher: timed
 * to the reload event the page receives, then checked with one request.
 */
async function timeSaveToPage(dir, runs) {
  const server = await servePreview({ root: dir, port: 0, cwd: root });
  const file = path.join(dir, "programs", "governance", "e-akun-identitas-tunggal.yaml");
  const text = await readFile(file, "utf8");
  const events = (await fetch(new URL("/events", server.url))).body.getReader();
  const nextReload = async () => {
    for (;;) {
      const { value } = await events.read();
      if (new TextDecoder().decode(value).includes("event: reload")) return;
    }
  };
  const times = [];
  try {
    for (let i = -WARM_UP; i < runs; i++) {
      const reloaded = nextReload();
      const started = performance.now();
      await writeFile(file, text.replace(/^name: .*$/m, `name: Nama Tersimpan ${i}`));
      await reloaded;
      const elapsed = performance.now() - started;
      if (!(await (await fetch(server.url)).text()).includes(`Nama Tersimpan ${i}`))
        throw new Error("the served page missed the edit");
      if (i >= 0) times.push(elapsed);
    }
  } finally {
    await events.cancel();
    await server.close();
    await writeFile(file, text);
  }
  return median(times);
}

rows.push([
  "watch: rebuild after one edit, 10× plan (in process)",
  `${(await timeRebuild(large, 7)).toFixed(0)} ms`,
  "",
]);
rows.push([
  "watch: save to served page, 10× plan (file watcher and HTTP)",
  `${(await timeSaveToPage(large, 7)).toFixed(0)} ms`,
  "",
]);
for (const [label, dir] of [
  ["build, bundled plan", bundled],
  ["build, 10× plan", large],
]) {
  if (!hasTime) break;
  const r = timeBuild(dir, 3);
  rows.push([
    `${label} (${r.pages} pages)`,
    `${(r.ms / 1000).toFixed(1)} s`,
    `${r.rssMb.toFixed(0)} MB`,
  ]);
}
await rm(large, { recursive: true, force: true });

console.log("| case | median time | CLI peak RSS |");
console.log("|---|---|---|");
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
