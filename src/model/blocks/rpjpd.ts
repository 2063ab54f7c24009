import { tanggal } from "../../text/tanggal.js";
import { agencyLookup } from "../agency-lookup.js";
import type { Caption } from "../document-model.js";
import { word } from "../locale.js";
import { rpjpdLabels } from "../rpjpd-labels.js";
import { part, period, type BlockContext, type Draft } from "./context.js";

type Cell = { label: string; text: string | null };

export interface RpjpdData {
  documentCaption: Caption;
  title: string;
  regulation: string | null;
  /** A date written as null is a blank; one not written at all is not a row. */
  approved: { date: string | null } | null;
  vision: string | null;
  missionsCaption: Caption | null;
  /** Each mission with each of its goals; a mission without goals has one row. */
  rows: Array<{ mission: Cell; goal: Cell | null }>;
  note: string | null;
  rpjmd: { title: string; theme: string | null; focus: string[] } | null;
  pillars: string[];
}

/** The RPJPD the plan follows: its document, vision, missions and goals, and the RPJMD. */
export function rpjpdBlock(ctx: BlockContext): Draft[] {
  const { plan, locale } = ctx;
  const cap = (key: string) => word(locale.captions, key);
  const r = plan.rpjpd.data;
  const labels = rpjpdLabels(r, locale);
  const rows = r.missions.flatMap((mission): RpjpdData["rows"] => {
    const goals = r.goals.filter((g) => g.mission === mission.id);
    const missionCell = { label: labels.mission.get(mission.id)!, text: mission.text };
    return goals.length
      ? goals.map((g) => ({
          mission: missionCell,
          goal: { label: labels.goal.get(g.id)!, text: g.text },
        }))
      : [{ mission: missionCell, goal: null }];
  });
  const blanks = r.vision === null || rows.some((x) => !x.mission.text || x.goal?.text === null);
  const agency = agencyLookup(plan)(r.document.planning_agency);
  const data: RpjpdData = {
    documentCaption: ctx.caption(cap("rpjpd")),
    title: r.document.title,
    regulation: r.document.regulation,
    approved:
      r.document.approved === undefined
        ? null
        : { date: r.document.approved === null ? null : tanggal(r.document.approved) },
    vision: r.vision,
    missionsCaption: rows.length ? ctx.caption(cap("missions")) : null,
    rows,
    note:
      ctx.draft && blanks
        ? word(locale.notes, "rpjpdBlank", {
            agency: agency
              ? (agency.abbreviation ?? agency.name)
              : word(locale.notes, "planningAgency"),
          })
        : null,
    rpjmd: r.rpjmd
      ? {
          title: r.rpjmd.title,
          theme: r.rpjmd.theme ?? null,
          focus: r.rpjmd.focus_areas.map((x) => x.name),
        }
      : null,
    pillars: (r.digital_pillars ?? []).map((p) => p.name),
  };
  const title = word(locale.blocks, "rpjpd", { period: period(r.document.period) });
  return [part("rpjpd", title, { block: "rpjpd", data })];
}
