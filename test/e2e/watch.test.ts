import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { BIN, copyPlan } from "../helpers/cli.js";

const PROGRAM = "programs/governance/matur-bupati-terpadu.yaml";
const running: Array<ReturnType<typeof spawn>> = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGKILL");
});

/** Starts `masterplan watch` on a copy of the plan and waits for its URL. */
async function watchCopy() {
  const dir = await copyPlan();
  const child = spawn(process.execPath, [BIN, "watch", dir, "--port", "0", "--no-open"], {
    env: { ...process.env, NO_COLOR: "1" },
  });
  running.push(child);
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const url = await until(async () => /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1]);
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { dir, child, url, exited, stderr: () => stderr };
}

async function until<T>(
  probe: () => Promise<T | undefined | null | false>,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

it("serves the preview on 127.0.0.1 with a live-reload channel and loads nothing else", async () => {
  const { url } = await watchCopy();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const res = await fetch(url);
  const html = await res.text();
  expect(html).toContain('new EventSource("/events")');
  expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  const events = await fetch(new URL("/events", url));
  expect(events.headers.get("content-type")).toBe("text/event-stream");
  await events.body?.cancel();
});

it("shows an edit within seconds, and keeps the last good document under an error banner", async () => {
  const { dir, url, stderr } = await watchCopy();
  const file = path.join(dir, PROGRAM);
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace(/^name: .*$/m, "name: Layanan Pengaduan Uji Pratinjau"));
  const started = Date.now();
  await until(async () =>
    (await (await fetch(url)).text()).includes("Layanan Pengaduan Uji Pratinjau"),
  );
  expect(Date.now() - started).toBeLessThan(10_000);

  await writeFile(file, text.replace(/^lead_agency: .*$/m, "lead_agency: [unclosed"));
  const page = await until(async () => {
    const html = await (await fetch(url)).text();
    return html.includes("showing the last document that built") && html;
  });
  expect(page).toMatch(/matur-bupati-terpadu\.yaml:\d+:\d+<\/code> This `\[` is never closed/);
  expect(page).toContain("Layanan Pengaduan Uji Pratinjau");
  await until(async () => stderr().includes("Not rebuilt: the plan has"));
  expect(stderr()).toMatch(/matur-bupati-terpadu\.yaml:\d+:\d+ error This `\[` is never closed/);
});

it("stops cleanly on Ctrl-C", async () => {
  const { child, exited, stderr } = await watchCopy();
  child.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(stderr()).toContain("Stopped.");
});
