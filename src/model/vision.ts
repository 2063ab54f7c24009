import type { PlanSources } from "../validate/plan-sources.js";
import { rpjpdLabels } from "./rpjpd-labels.js";
import type { Locale } from "./locale.js";

/**
 * A vision with its missions, and whose it is: the masterplan's own (`vision` in
 * masterplan.yaml) or the RPJPD's. The two are never printed under each other's name.
 */
export interface VisionModel {
  owner: "masterplan" | "rpjpd";
  /** null: not worded yet, a visible blank. */
  text: string | null;
  missions: Array<{ label: string | null; text: string | null }>;
  /** The drafting team's proposal, not yet agreed; a drafting note says so in a rancangan. */
  proposed: boolean;
}

/** The masterplan's own vision, or null when masterplan.yaml has none. */
export function masterplanVision(plan: PlanSources): VisionModel | null {
  const v = plan.manifest.data.vision;
  if (!v) return null;
  return {
    owner: "masterplan",
    text: v.text,
    missions: v.missions.map((text) => ({ label: null, text })),
    proposed: v.proposed === true,
  };
}

/** The RPJPD's vision and missions, labelled as the RPJPD's. */
export function rpjpdVision(plan: PlanSources, locale: Locale): VisionModel {
  const r = plan.rpjpd.data;
  const labels = rpjpdLabels(r, locale);
  return {
    owner: "rpjpd",
    text: r.vision,
    missions: r.missions.map((m) => ({ label: labels.mission.get(m.id)!, text: m.text })),
    proposed: false,
  };
}
