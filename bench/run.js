// `npm run bench`: validate, build and the live preview, side by side with their floors, in one
// run: the bare print of a build's own HTML (bench/bare-print.js) and ajv-cli on the same program
// files. Plans of 36 (bundled), 360 and 3,000 programs (BENCH_SIZES=36,360 for a shorter run;
// BENCH_PORTFOLIO=0 leaves out the 20 plans).
// Medians of interleaved runs; memory is the masterplan process's own peak and the peak of the
// browser's processes summed (bench/measure.js). Record the table in BENCHMARKS.md, and compare
// rows of one run with each other: these machines are shared.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Preview } from "../lib/serve/preview.js";
import { prepare } from "../lib/pipeline/prepare.js";
import { createRenderer } from "../lib/render/render-html.js";
import { renderDocx } from "../lib/render/docx.js";
import { servePreview } from "../lib/serve/preview-server.js";
import { growPlan } from "./grow-plan.js";
import { measure } from "./measure.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "masterplan.js");
const ajv = path.join(root, "node_modules", "ajv-cli", "dist", "index.js");
// The builds' own words are read back ("(73 pages"): they speak English here.
process.env.MASTERPLAN_LANG = "en";
const sizes = (process.env.BENCH_SIZES ?? "36,360,3000").split(",").map(Number);
const work = await mkdtemp(path.join(os.tmpdir(), "mp-bench-"));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(2)} s`;
const mb = (x) => (Number.isFinite(x) && x > 0 ? `${x.toFixed(0)} MB` : "");
// Each row is printed as soon as it is measured, so a long run that fails late keeps the rest.
console.log(
  `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.versions.node}\n`,
);
console.log("| case | median time | ratio | CLI peak | browser peak |");
console.log("|---|---|---|---|---|");
const row = (label, ms, ratio, cliMb, browserMb) => {
  const cells = [
    label,
    seconds(ms),
    ratio === null ? "" : `${ratio.toFixed(2)}×`,
    mb(cliMb),
    mb(browserMb),
  ];
  console.log(`| ${cells.join(" | ")} |`);
};

async function planOf(size) {
  if (size === 36) return path.join(root, "masterplan");
  const factor = Math.round(size / 36);
  return growPlan(path.join(root, "masterplan"), path.join(work, `plan-${factor}`), factor);
}

/** The largest plan whose HTML the bare print is given whole (it does not finish 3,000). */
const WHOLE_PRINT_MAX = 1000;

/** Runs `node args…` and fails loudly when it does not exit as expected. */
async function run(args, expectCode = 0) {
  const r = await measure(args, { cwd: work });
  if (r.code !== expectCode)
    throw new Error(`bench: ${args.join(" ")} exited ${r.code}\n${r.stderr.slice(-2000)}`);
  return r;
}

/** validate through the CLI, against ajv-cli on the same program files, interleaved. */
async function benchValidate(size, dir, runs) {
  const ours = [];
  const theirs = [];
  const schema = path.join(root, "schemas", "program.schema.json");
  for (let i = 0; i < runs; i++) {
    ours.push((await run([bin, "validate", dir])).ms);
    // ajv-cli exits 0 when every file is valid: the bench plans are.
    const args = [ajv, "validate", "--spec=draft2020", "--all-errors", "--strict=false"];
    theirs.push((await run([...args, "-s", schema, "-d", `${dir}/programs/**/*.yaml`])).ms);
  }
  const a = median(ours);
  const b = median(theirs);
  row(`validate, ${size} programs (masterplan CLI)`, a, a / b);
  row(`ajv-cli, the same ${size} program files`, b, 1);
}

/**
 * Per round: a cold build into an empty folder, a warm build into the same folder, and the
 * bare print of the HTML that build wrote. Ratios are to the bare print's median.
 */
async function benchBuild(size, dir, runs) {
  const cold = [];
  const warm = [];
  const bare = [];
  let pages = "?";
  for (let i = 0; i < runs; i++) {
    const out = path.join(work, `out-${size}-${i}`);
    const first = await measure([bin, "build", dir, "--out", out], { cwd: work });
    // A document too large to print is refused before the browser loads it: that is the row.
    if (first.code === 2 && first.stderr.includes("too large to print")) {
      const reason = /would (take about [^,]+|need about [^,]+)/.exec(first.stderr)?.[1] ?? "";
      row(
        `build, ${size} programs: refused before printing (${reason})`,
        first.ms,
        null,
        first.cliMb,
      );
      return;
    }
    if (first.code !== 0)
      throw new Error(`bench: build ${dir} exited ${first.code}\n${first.stderr.slice(-2000)}`);
    pages = /\((\d+) pages/.exec(first.stderr)?.[1] ?? pages;
    cold.push(first);
    warm.push(await run([bin, "build", dir, "--out", out]));
    const html = (await readdir(out)).find((f) => f.endsWith(".html"));
    // Printed whole, a plan of thousands of programs does not finish (print-cost.ts): the
    // build prints it in parts, and has no bare print to be measured against.
    if (size > WHOLE_PRINT_MAX) {
      await rm(out, { recursive: true, force: true });
      continue;
    }
    bare.push(
      await run([
        path.join(root, "bench", "bare-print.js"),
        path.join(out, html),
        path.join(work, "bare.pdf"),
      ]),
    );
    await rm(out, { recursive: true, force: true });
  }
  const floor = bare.length ? median(bare.map((r) => r.ms)) : NaN;
  const peak = (rs, key) => Math.max(...rs.map((r) => r[key]));
  if (bare.length)
    row(
      `bare print of the build's HTML, ${size} programs (${pages} pages)`,
      floor,
      1,
      NaN,
      peak(bare, "browserMb"),
    );
  for (const [label, rs] of [
    ["build, cold (empty --out)", cold],
    ["build, warm (same --out)", warm],
  ]) {
    const ms = median(rs.map((r) => r.ms));
    const name = bare.length
      ? `${label}, ${size} programs`
      : `${label}, ${size} programs (${pages} pages, in parts)`;
    row(name, ms, bare.length ? ms / floor : null, peak(rs, "cliMb"), peak(rs, "browserMb"));
  }
}

/**
 * The DOCX of the masterplan from its HTML, in process, beside the HTML render it starts from:
 * what `--only pdf,docx` adds to a build besides drawing the figures (which the browser does).
 */
async function benchDocx(size, dir, runs) {
  const p = await prepare(dir, { model: { documents: ["masterplan"] } });
  const render = createRenderer(p.theme, p.locale, "masterplan");
  const htmlTimes = [];
  const docxTimes = [];
  let bytes = 0;
  for (let i = -1; i < runs; i++) {
    let started = performance.now();
    const html = render(p.model);
    const htmlMs = performance.now() - started;
    started = performance.now();
    const docx = await renderDocx(html, {
      paper: p.model.paper,
      metadata: p.model.metadata,
      date: new Date(0),
      words: { toc: p.locale.toc },
      figures: [],
    });
    if (i >= 0) {
      htmlTimes.push(htmlMs);
      docxTimes.push(performance.now() - started);
    }
    bytes = docx.length;
  }
  const html = median(htmlTimes);
  const docx = median(docxTimes);
  row(`HTML render of the masterplan, ${size} programs (in process)`, html, 1);
  row(
    `DOCX from that HTML, ${size} programs (in process, ${(bytes / 1024).toFixed(0)} KB)`,
    docx,
    docx / html,
  );
}

/** 20 small plans: one `build` of all of them, against 20 separate `build` calls. */
async function benchPortfolio() {
  const plans = [];
  for (let i = 1; i <= 20; i++) {
    const dir = path.join(work, "portfolio", `kota-${i}`);
    await cp(path.join(root, "test", "fixtures", "kota-contoh"), dir, { recursive: true });
    const manifest = path.join(dir, "masterplan.yaml");
    const text = await readFile(manifest, "utf8");
    await writeFile(manifest, text.replace(/^name: (.*)$/m, `name: $1-${i}`));
    plans.push(dir);
  }
  const together = await run([
    bin,
    "build",
    ...plans,
    "--out",
    path.join(work, "out-portfolio"),
    "--quiet",
  ]);
  let separate = 0;
  let browser = 0;
  for (const dir of plans) {
    const r = await run([bin, "build", dir, "--out", path.join(work, "out-separate"), "--quiet"]);
    separate += r.ms;
    browser = Math.max(browser, r.browserMb);
  }
  row(
    "20 plans, one `build` (one browser, 2 at a time)",
    together.ms,
    together.ms / separate,
    together.cliMb,
    together.browserMb,
  );
  row("20 plans, 20 separate `build` calls", separate, 1, NaN, browser);
}

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
    if (!state.html?.includes(`Nama Uji ${i}`)) throw new Error("the rebuild missed the edit");
    if (i >= 0) times.push(performance.now() - started);
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

try {
  for (const size of sizes) {
    const dir = await planOf(size);
    const runs = size <= 36 ? 5 : size <= 360 ? 3 : 1;
    console.error(`bench: ${size} programs`);
    await benchValidate(size, dir, 5);
    await benchBuild(size, dir, runs);
    if (size <= 360) await benchDocx(size, dir, 5);
    if (size === 360) {
      row(
        "watch: rebuild after one edit, 360 programs (in process)",
        await timeRebuild(dir, 7),
        null,
      );
      row(
        "watch: save to served page, 360 programs (file watcher and HTTP)",
        await timeSaveToPage(dir, 7),
        null,
      );
    }
  }
  if (process.env.BENCH_PORTFOLIO !== "0") {
    console.error("bench: portfolio");
    await benchPortfolio();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
