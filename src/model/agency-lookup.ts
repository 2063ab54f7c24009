import type { PlanSources } from "../validate/plan-sources.js";
import { UNASSIGNED } from "../validate/unassigned.js";
import type { AgencyRef } from "./document-model.js";

/**
 * Resolves agency ids from agencies.yaml; null for a blank (not yet known) reference, and an
 * agency marked `unassigned` where the plan says nobody has been designated. An id
 * agencies.yaml does not list (a plan validate rejects, read for a comparison) keeps its id
 * for a name.
 */
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
    if (id === UNASSIGNED) return { id, name: id, abbreviation: null, unassigned: true };
    return agencies.get(id) ?? { id, name: id, abbreviation: null };
  };
}
