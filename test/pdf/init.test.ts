import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";

it("a new kota's plan builds, signed by the Wali Kota", async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), "mp-init-pdf-"));
  expect(
    (
      await runCli(["init", "kota-contoh2", "--region", "Kota Contoh", "--kind", "kota"], {
        cwd: work,
      })
    ).code,
  ).toBe(0);
  const r = await runCli(["build", "kota-contoh2", "--out", "out", "--only", "pdf"], { cwd: work });
  expect(r.code, r.stderr).toBe(0);
  const pdf = path.join(work, "out", "masterplan-smart-city-contoh.pdf");
  const last = pdfText(pdf, Number(pdfInfo(pdf).Pages));
  expect(last).toContain("WALI KOTA CONTOH,");
  expect(pdfText(pdf)).not.toMatch(/Bupati|BUPATI|Kabupaten|Purbalingga/);
});
