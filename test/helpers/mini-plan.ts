import path from "node:path";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { FileKind, LoadedPlan } from "../../src/load/load-plan.js";
import { parseSource } from "../../src/load/source-file.js";
import { validatePlan, type ValidateResult } from "../../src/validate/validate-plan.js";

export const ROOT = "/plan";
const DIMS = ["governance", "branding", "economy", "living", "society", "environment"];

/** A small plan that validates with no diagnostics: one element and one quick win per dimension. */
export function miniPlan(): Record<string, string> {
  const files: Record<string, string> = {
    "masterplan.yaml": `schema_version: 1
name: mini
region: { kind: kabupaten, name: Contoh, province: Jawa Tengah }
title: Masterplan Contoh
horizon: { start: 2025, end: 2034 }
stages:
  - { id: tahap-1, name: Tahap I, start: 2025, end: 2029 }
  - { id: tahap-2, name: Tahap II, start: 2030, end: 2034, deferred: Dirinci pada peninjauan berikutnya. }
legal: { status: rancangan, regulation: perda, number: "1", year: 2025 }
signatory: { title: BUPATI CONTOH, name: NAMA BUPATI }
governance: { coordinator: dinkominfo }
`,
    "agencies.yaml": `schema_version: 1
agencies:
  - { id: dinkominfo, name: Dinas Komunikasi dan Informatika, abbreviation: Dinkominfo }
  - { id: dinkes, name: Dinas Kesehatan, abbreviation: Dinkes }
`,
    "rpjpd.yaml": `schema_version: 1
document: { title: RPJPD Contoh, regulation: "Perda 1/2024" }
vision: Visi contoh
missions: [{ id: misi-1, text: Misi contoh }]
goals: [{ id: sasaran-1, mission: misi-1, text: Sasaran contoh }]
rpjmd: { title: RPJMD Contoh, focus_areas: [{ id: tata-kelola, name: Tata kelola }] }
digital_pillars: [{ id: pemerintahan-digital, name: Pemerintahan digital }]
`,
    "chapters/pendahuluan.yaml": `schema_version: 1
id: pendahuluan
order: 1
title: Pendahuluan
sections: [{ title: Latar Belakang, body: Teks. }]
`,
  };
  DIMS.forEach((d, i) => {
    files[`dimensions/${d}.yaml`] = `schema_version: 1
id: ${d}
order: ${i + 1}
name: Smart ${d}
coordinator: dinkominfo
elements: [{ id: el-${d}, name: Elemen ${d}, english: Element, description: Uraian elemen }]
goals: [{ id: tujuan-1, text: Tujuan. }]
indicators:
  - { id: ind-1, name: Indikator, unit: persen, baseline: { value: 10, year: 2024, source: BPS }, targets: { tahap-1: 50, tahap-2: 80 } }
`;
    files[`programs/${d}/prog-${d}.yaml`] = program(d, `prog-${d}`);
  });
  return files;
}

/** A valid program file text; `extra` lines replace keys of the same name. */
export function program(dimension: string, id: string, extra: Record<string, string> = {}): string {
  const keys: Record<string, string> = {
    schema_version: "1",
    id,
    name: `Program ${id}`,
    dimension,
    element: `el-${dimension}`,
    description: "Uraian.",
    lead_agency: "dinkominfo",
    supporting_agencies: "[dinkes]",
    quick_win: "true",
    years: "{ start: 2025, end: 2026 }",
    budget: "[{ year: 2025, amount: 100000000, source: apbd }]",
    indicators:
      "[{ name: Indikator, unit: unit, baseline: { value: 0, year: 2024, source: Survei }, targets: { 2026: 10 } }]",
    rpjpd: "[sasaran-1]",
    rpjmd: "[tata-kelola]",
    digital_pillars: "[pemerintahan-digital]",
    depends_on: "[]",
    status: "usulan",
    progress: '{ percent: 10, as_of: "2025-06-30" }',
    problem: "Masalah.",
    target_12_months: "Target.",
    milestones: "[{ when: 2025-Q3, what: Capaian. }]",
    risks:
      "[{ risk: Risiko., impact: sedang, likelihood: rendah, mitigation: Mitigasi., owner: dinkominfo }]",
    ...extra,
  };
  return Object.entries(keys)
    .map(([k, v]) => `${k}: ${v}\n`)
    .join("");
}

const SINGLE_FILES: Record<string, FileKind> = {
  "masterplan.yaml": "manifest",
  "agencies.yaml": "agencies",
  "rpjpd.yaml": "rpjpd",
  "glossary.yaml": "glossary",
  "readiness.yaml": "readiness",
  "swot.yaml": "swot",
  "regulation.yaml": "regulation",
};
const kindOf = (rel: string): FileKind =>
  SINGLE_FILES[rel] ??
  (rel.startsWith("chapters/")
    ? "chapter"
    : rel.startsWith("dimensions/")
      ? "dimension"
      : "program");

/** Parses in-memory files as a plan at /plan and validates it. */
export function validateFiles(
  files: Record<string, string>,
): ValidateResult & { loadDiagnostics: Diagnostic[] } {
  const loadDiagnostics: Diagnostic[] = [];
  const plan: LoadedPlan = {
    root: ROOT,
    files: Object.keys(files)
      .sort()
      .map((rel) => {
        const parsed = parseSource(path.join(ROOT, rel), new TextEncoder().encode(files[rel]));
        loadDiagnostics.push(...parsed.diagnostics);
        return { kind: kindOf(rel), source: parsed.file };
      }),
  };
  return { ...validatePlan(plan, loadDiagnostics), loadDiagnostics };
}

/** Diagnostics as `rel/path:line:col code` strings, easy to assert on. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${path.relative(ROOT, d.file)}:${d.line}:${d.column} ${d.code}`);
}

/** Validates the mini plan with some files changed or added. */
export function check(changes: Record<string, string>): string[] {
  return brief(validateFiles({ ...miniPlan(), ...changes }).diagnostics);
}
