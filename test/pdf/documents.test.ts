import { readFileSync } from "node:fs";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ProgramInput as Program } from "../../src/types/generated/program.js";
import { copyPlan, runCli } from "../helpers/cli.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";

// One plan, several documents: printed in one build, and agreeing with each other.
const NAME = "masterplan-smart-city-purbalingga";
let out: string;
let stderr: string;
let masterplan: string;
let ringkasan: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "mp-docs-"));
  const r = await runCli(["build", "masterplan", "--doc", "all", "--out", out]);
  stderr = r.stderr;
  expect(r.code, r.stderr).toBe(0);
  masterplan = pdfText(path.join(out, `${NAME}.pdf`));
  ringkasan = pdfText(path.join(out, `${NAME}-ringkasan.pdf`));
});

/** The grand totals a text prints under its budget recaps: "Jumlah: Rp 1.000.000". */
const totals = (text: string) => [...text.matchAll(/Jumlah: (Rp [\d.]+)/g)].map((m) => m[1]);

describe("build --doc all", () => {
  it("writes each document under a name that says which it is, and lists their pages", async () => {
    const files = (await readdir(out)).filter((f) => !f.startsWith(".")).sort();
    expect(files).toEqual([
      `${NAME}-ringkasan.html`,
      `${NAME}-ringkasan.pdf`,
      `${NAME}.html`,
      `${NAME}.pdf`,
    ]);
    expect(stderr).toMatch(/masterplan \d+ pages, ringkasan \d+ pages/);
  });

  it("prints the ringkasan eksekutif in at most 8 pages, on the plan's paper", () => {
    const info = pdfInfo(path.join(out, `${NAME}-ringkasan.pdf`));
    expect(Number(info.Pages)).toBeLessThanOrEqual(8);
    expect(info["Page size"]).toBe("609.449 x 935.433 pts");
    expect(info.Title).toBe(
      "Ringkasan Eksekutif Masterplan Smart City Kabupaten Purbalingga Tahun 2025–2045",
    );
    expect(info.Tagged).toBe("yes");
  });

  it("prints the same total budget as the masterplan", () => {
    const [total] = totals(ringkasan);
    expect(total).toMatch(/^Rp [1-9]/);
    expect(totals(masterplan)).toContain(total);
    // Both recaps of the masterplan add up to it.
    expect(new Set(totals(masterplan))).toEqual(new Set([total]));
  });

  it("holds the vision, the six dimensions, every quick win, the roadmap, the bodies and key indicators", async () => {
    const flat = ringkasan.replace(/\s+/g, " ");
    for (const heading of [
      "Visi dan Misi",
      "Dimensi dan Tujuan",
      "Program Unggulan (Quick Win)",
      "Peta Jalan per Tahap",
      "Anggaran Indikatif",
      "Kelembagaan",
      "Indikator Kunci",
    ])
      expect(flat, heading).toContain(heading);
    for (const dimension of [
      "Governance",
      "Branding",
      "Economy",
      "Living",
      "Society",
      "Environment",
    ])
      expect(flat).toContain(`Smart ${dimension}`);
    // Every quick win of the plan is in the summary, by name.
    const html = await readFile(path.join(out, `${NAME}-ringkasan.html`), "utf8");
    const quickWins = (await readdir("masterplan/programs", { recursive: true }))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => parse(readFileSync(path.join("masterplan/programs", f), "utf8")) as Program)
      .filter((p) => p.quick_win);
    expect(quickWins.length).toBeGreaterThanOrEqual(6);
    for (const p of quickWins) expect(html, String(p.name)).toContain(`<tr><td>${p.name}</td>`);
    expect(html).toContain('<figure class="summary-roadmap">\n<svg');
    expect(html.replace(/<[^>]+>/g, "")).toContain("Dewan Smart City");
  });
});

describe("the manifest's outputs", () => {
  it("names the documents to print; without a document named, the masterplan alone", async () => {
    const plan = await copyPlan();
    const manifest = path.join(plan, "masterplan.yaml");
    const text = await readFile(manifest, "utf8");
    await writeFile(
      manifest,
      text.replace(/outputs:\n( {2}- .*\n)+/, "outputs: [html, ringkasan]\n"),
    );
    const dir = await mkdtemp(path.join(os.tmpdir(), "mp-outputs-"));
    const r = await runCli(["build", plan, "--only", "html", "--out", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(dir)).toEqual([`${NAME}-ringkasan.html`]);
    const plain = await mkdtemp(path.join(os.tmpdir(), "mp-outputs-"));
    await writeFile(manifest, text);
    expect((await runCli(["build", plan, "--only", "html", "--out", plain])).code).toBe(0);
    expect(await readdir(plain)).toEqual([`${NAME}.html`]);
  });
});
