// Runs a command and measures it: wall time, the peak resident size of the masterplan process
// itself, and the peak of the sum of resident sizes of the browser processes it started,
// sampled from /proc every 50 ms.
import { spawn } from "node:child_process";
import { clearInterval, setInterval } from "node:timers";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGE = 4096;

/** Every process below `root`, from /proc: pid → { ppid, comm, rss }. */
function descendants(root) {
  const all = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      all.set(Number(name), { ppid: Number(fields[1]), comm, rss: Number(fields[21]) * PAGE });
    } catch {
      // The process ended while it was read.
    }
  }
  const below = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    for (const [child, info] of all)
      if (info.ppid === pid) {
        below.push(info);
        stack.push(child);
      }
  }
  return below;
}

/**
 * Runs `node <args>` with the RSS reporter loaded. Resolves to
 * { ms, code, stdout, stderr, cliMb, browserMb }.
 */
export function measure(args, { env = {}, cwd } = {}) {
  const rssFile = path.join(os.tmpdir(), `mp-bench-rss-${process.pid}-${Math.random()}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", path.join(here, "report-rss.js"), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", MASTERPLAN_RSS_FILE: rssFile, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let browser = 0;
    const sample = setInterval(() => {
      const sum = descendants(child.pid)
        .filter((p) => /chrom/i.test(p.comm))
        .reduce((a, p) => a + p.rss, 0);
      browser = Math.max(browser, sum);
    }, 50);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sample);
      const ms = performance.now() - started;
      let cli = NaN;
      try {
        cli = Number(readFileSync(rssFile, "utf8"));
        rmSync(rssFile);
      } catch {
        // The process did not reach its exit handler.
      }
      resolve({ ms, code, stdout, stderr, cliMb: cli / 2 ** 20, browserMb: browser / 2 ** 20 });
    });
  });
}
