import type { PlanSources } from "../validate/plan-sources.js";
import type { GlossaryEntry } from "./document-model.js";

/**
 * The "Daftar Istilah dan Singkatan": the plan's glossary.yaml, and every agency abbreviation
 * with the agency's name (an entry of the glossary wins over an agency of the same term).
 */
export function glossaryEntries(plan: PlanSources): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const t of plan.glossary?.data.terms ?? [])
    byTerm.set(t.term.toLowerCase(), { term: t.term, meaning: t.meaning, foreign: t.foreign });
  for (const a of plan.agencies.data.agencies) {
    if (a.abbreviation === null || byTerm.has(a.abbreviation.toLowerCase())) continue;
    byTerm.set(a.abbreviation.toLowerCase(), {
      term: a.abbreviation,
      meaning: a.name,
      foreign: false,
    });
  }
  return [...byTerm.values()].sort((a, b) =>
    a.term.localeCompare(b.term, "id", { sensitivity: "base" }),
  );
}
