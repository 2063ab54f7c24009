import type { PlanSources } from "../validate/plan-sources.js";
import type { AgencyRef } from "./document-model.js";

/** Resolves agency ids from agencies.yaml; null for a blank (not yet assigned) reference. */
export function agencyLookup(
  plan: PlanSources,
): (id: string | null | undefined) => AgencyRef | null {
  const agencies = new Map(
    plan.agencies.data.agencies.map((a) => [
      a.id,
      { id: a.id, name: a.name, abbreviation: a.abbreviation },
    ]),
  );
  return (id) => {
    if (id === null || id === undefined) return null;
    const found = agencies.get(id);
    // Validation guarantees every reference; a missing one means the caller skipped validation.
    if (!found) throw new Error(`agencyLookup: unknown agency ${id}`);
    return found;
  };
}
