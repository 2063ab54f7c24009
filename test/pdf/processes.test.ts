import { spawn } from "node:child_process";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, copyPlan } from "../helpers/cli.js";
import { privateTmp, settled } from "../helpers/processes.js";
import { Printer } from "../../src/print/printer.js";

/**
 * The process table after builds that end every way a build can end: no browser process of
 * the build may outlive it, and no browser profile may stay in its temp folder.
 */
interface Run {
  code: number | null;
  stderr: string;
  tmp: string;
  out: string;
}

/** Runs `masterplan build`, with its own TMPDIR; `whenPrinting` acts once the browser is up. */
function build(
  args: string[],
  { tmp, out, whenPrinting }: { tmp: string; out: string; whenPrinting?: (pid: number) => void },
): Promise<Run> {
  const child = spawn(process.execPath, [BIN, "build", ...args, "--out", out], {
    env: { ...process.env, NO_COLOR: "1", TMPDIR: tmp },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let acted = false;
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    if (!acted && whenPrinting && stderr.includes("launch browser done")) {
      acted = true;
      whenPrinting(child.pid!);
    }
  });
  return new Promise((resolve) =>
    child.on("close", (code, signal) =>
      resolve({ code: code ?? (signal ? -1 : null), stderr, tmp, out }),
    ),
  );
}

async function leftovers(run: Run): Promise<{ processes: string[]; profiles: string[] }> {
  return {
    processes: await settled(run.tmp),
    profiles: (await readdir(run.tmp)).filter((n) => n.startsWith("masterplan-browser-")),
  };
}

const none = { processes: [], profiles: [] };

async function folders() {
  return {
    tmp: await privateTmp(),
    out: await mkdtemp(path.join(os.tmpdir(), "mp-out-")),
  };
}

describe.concurrent("no browser outlives a build", () => {
  it("that succeeds", async () => {
    const run = await build(["masterplan", "--only", "pdf"], await folders());
    expect(run.code).toBe(0);
    expect(await leftovers(run)).toEqual(none);
  });

  it("that fails on the plan's own errors, after the browser was started", async () => {
    const dir = await copyPlan();
    await writeFile(path.join(dir, "agencies.yaml"), "agencies: [\n");
    const run = await build([dir], await folders());
    expect(run.code).toBe(1);
    expect(await leftovers(run)).toEqual(none);
  });

  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const) {
    it(`that is interrupted by ${signal} while printing, writing nothing`, async () => {
      const run = await build(["masterplan"], {
        ...(await folders()),
        whenPrinting: (pid) => process.kill(pid, signal),
      });
      expect(run.code).toBe(code);
      expect(run.stderr).toContain("The build was interrupted; no files were written.");
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await readdir(run.out)).toEqual([]);
      expect(await leftovers(run)).toEqual(none);
    });
  }

  for (const after of [50, 250, 600])
    it(`that is stopped by SIGTERM ${after} ms after it starts`, async () => {
      const { tmp, out } = await folders();
      const child = spawn(process.execPath, [BIN, "build", "masterplan", "--out", out], {
        env: { ...process.env, TMPDIR: tmp },
        stdio: "ignore",
      });
      setTimeout(() => child.kill("SIGTERM"), after);
      const ended = await new Promise((r) => child.on("close", (c, s) => r(c ?? s)));
      // Before Node runs any code the signal ends it outright; after, the CLI exits as the
      // shell expects of SIGTERM. Either way nothing is left.
      expect([143, "SIGTERM"]).toContain(ended);
      expect(await leftovers({ code: null, stderr: "", tmp, out })).toEqual(none);
      expect(await readdir(out)).toEqual([]);
    });

  it("that is killed (SIGKILL): the next build sweeps what it left and succeeds", async () => {
    const { tmp, out } = await folders();
    const killed = await build(["masterplan"], {
      tmp,
      out,
      whenPrinting: (pid) => process.kill(pid, "SIGKILL"),
    });
    expect(killed.code).toBe(-1);
    // Chromium ends when its pipe closes; the profile folder is what a kill leaves behind.
    expect(await settled(tmp)).toEqual([]);
    const next = await build(["masterplan", "--quiet"], { tmp, out });
    expect(next.code).toBe(0);
    expect(await leftovers(next)).toEqual(none);
    expect((await readdir(out)).filter((n) => !n.endsWith(".pages.json")).sort()).toEqual([
      "masterplan-smart-city-purbalingga.html",
      "masterplan-smart-city-purbalingga.pdf",
    ]);
  });
});

describe("a printer told a print is its last", () => {
  const page = `<!doctype html><html><head><style>@page { size: 210mm 297mm; margin: 2cm }</style></head><body><h1 id="a">Judul</h1><p>Isi.</p></body></html>`;
  const request = (last: boolean) => ({
    render: () => page,
    metadata: {
      title: "t",
      author: "a",
      subject: "s",
      keywords: [],
      creator: "masterplan",
      date: new Date(0),
      paper: { widthMm: 210, heightMm: 297 },
    },
    textWidthMm: 170,
    guess: null,
    last,
  });
  // The browser's command line names its profile, which names this process.
  const ours = `masterplan-browser-${process.pid}-`;

  it("closes its browser while the PDF is finished, and one not told keeps it", async () => {
    for (const last of [false, true]) {
      const printer = Printer.start({ env: process.env });
      try {
        const printed = await printer.print(request(last), {});
        expect(printed.pages).toBe(1);
        const left = await settled(ours, last ? 5_000 : 0);
        if (last) expect(left).toEqual([]);
        else expect(left.length).toBeGreaterThan(0);
      } finally {
        await printer.close();
      }
      expect(await settled(ours)).toEqual([]);
    }
  });
});
