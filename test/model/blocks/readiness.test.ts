import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

const READINESS = `schema_version: 1
assessed: "2024-06-01"
assessor: Tim
pillars:
  - id: struktur
    name: Struktur
    elements:
      - { id: sdm, name: SDM, score: 3, evidence: Bukti., source: Sumber }
      - { id: anggaran, name: Anggaran, score: null, evidence: null, source: null }
  - id: infrastruktur
    name: Infrastruktur
    elements: [{ id: fisik, name: Fisik, score: 2, evidence: null, source: null }]
  - id: suprastruktur
    name: Suprastruktur
    elements: [{ id: kebijakan, name: Kebijakan, score: 1, evidence: null, source: null }]
`;

it("scores each pillar from the elements scored, and numbers its table and chart", () => {
  const [s] = sectionsOf("readiness", { "readiness.yaml": READINESS });
  const struktur = s!.data.readiness.pillars[0]!;
  expect([struktur.average, struktur.scored]).toEqual([3, 1]);
  expect([s!.data.captions.scores.label, s!.data.captions.chart.label]).toEqual([
    "Tabel 2.1",
    "Gambar 2.1",
  ]);
});

it("contributes nothing without readiness.yaml", () => {
  expect(sectionsOf("readiness")).toEqual([]);
});
