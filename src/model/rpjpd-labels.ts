import type { RpjpdInput } from "../types/generated/rpjpd.js";
import { word, type Locale } from "./locale.js";

/**
 * Printed labels of RPJPD missions and goals. Ids such as `sasaran-4` are for the files, never
 * for the page: a label is the plan's own, or the entry's place in its list ("Sasaran 4").
 */
export function rpjpdLabels(
  rpjpd: RpjpdInput,
  locale: Locale,
): { mission: Map<string, string>; goal: Map<string, string> } {
  const label = (list: ReadonlyArray<{ id: string; label?: string }>, key: string) =>
    new Map(list.map((x, i) => [x.id, x.label ?? word(locale.labels, key, { n: String(i + 1) })]));
  return { mission: label(rpjpd.missions, "missionN"), goal: label(rpjpd.goals, "goalN") };
}
