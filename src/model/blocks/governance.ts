import type { ManifestInput } from "../../types/generated/manifest.js";
import { agencyLookup } from "../agency-lookup.js";
import type { AgencyRef, Caption } from "../document-model.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

type Governance = NonNullable<ManifestInput["governance"]>;

export interface GovernanceData {
  /** A decree written as null is a blank; one not written at all is not a row. */
  decree: { text: string | null } | null;
  /** The same for the coordinating agency: null is a blank, "belum-ditetapkan" is unassigned. */
  coordinator: { agency: AgencyRef | null } | null;
  caption: Caption | null;
  bodies: NonNullable<Governance["bodies"]>;
}

export interface CoordinatorsData {
  caption: Caption;
  dimensions: Array<{ name: string; coordinator: AgencyRef | null }>;
}

/**
 * The governance of the plan: the decree, the coordinating agency and the bodies, then each
 * dimension's coordinator. Without a governance part in the manifest, only the coordinators print.
 */
export function governanceBlock(ctx: BlockContext): Draft[] {
  const g = ctx.plan.manifest.data.governance;
  const t = (key: string) => word(ctx.locale.blocks, key);
  // Captions are numbered in the order they print: the bodies' table before the coordinators'.
  const coordinators = () => {
    const data: CoordinatorsData = {
      // The decree that set up the bodies is where the coordinators are named.
      caption: ctx.caption(word(ctx.locale.captions, "coordinators"), g?.decree ?? null),
      dimensions: ctx.dimensions.map((d) => ({ name: d.name, coordinator: d.coordinator })),
    };
    return part("coordinators", t("coordinators"), { block: "coordinators", data });
  };
  if (!g) return [coordinators()];
  const bodies = g.bodies ?? [];
  const data: GovernanceData = {
    decree: g.decree === undefined ? null : { text: g.decree },
    coordinator:
      g.coordinator === undefined ? null : { agency: agencyLookup(ctx.plan)(g.coordinator) },
    caption: bodies.length ? ctx.caption(word(ctx.locale.captions, "governance")) : null,
    bodies,
  };
  return [part("governance", t("governance"), { block: "governance", data }), coordinators()];
}
