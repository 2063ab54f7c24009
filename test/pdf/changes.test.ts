import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { repoWithChanges } from "../helpers/git-repo.js";
import { pdfOutline, pdfText } from "../helpers/pdf.js";

it("appends a Daftar Perubahan annex with the changes since a revision", async () => {
  const { repo, git } = await repoWithChanges();
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-changes-"));
  const r = await runCli(
    ["build", "masterplan", "--changes-since", "HEAD~1", "--out", out, "--only", "pdf"],
    { cwd: repo },
  );
  expect(r.code, r.stderr).toBe(0);
  const pdf = path.join(out, "masterplan-smart-city-purbalingga.pdf");
  const text = pdfText(pdf).replace(/\s+/g, " ");
  expect(text).toContain("DAFTAR PERUBAHAN");
  // The DPRD reads the draft's date, not a commit hash.
  expect(text).toContain("perubahan terhadap rancangan tanggal 30 November 2026");
  expect(text).not.toMatch(/\b(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/);
  expect(text).toContain("anggaran tahun 2026 (APBD) semula Rp 320.000.000 menjadi Rp 570.000.000");
  expect(text).toContain("Bangga Macapat Lanjutan");
  expect(text).not.toContain("si-intan-repositori-riset");
  expect(pdfOutline(pdf).map((b) => b.title)).toContain("DAFTAR PERUBAHAN");
  expect(git("status", "--porcelain")).toBe("");
});
