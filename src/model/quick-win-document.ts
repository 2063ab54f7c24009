import type { Caption, ProgramModel } from "./document-model.js";
import { word, type Locale } from "./locale.js";

/** One quick win's section of the profile document, with its tables numbered under it. */
export interface QuickWinProfile {
  anchor: string;
  number: number;
  program: ProgramModel;
  /** Numbered in the order they print; null for a table the plan gives nothing for. */
  captions: {
    profile: Caption;
    milestones: Caption | null;
    indicators: Caption | null;
    budget: Caption | null;
    risks: Caption | null;
  };
}

/**
 * The dokumen profil quick win: one section per quick win, in the masterplan's order, drawn
 * from the same resolved programs.
 */
export function quickWinProfiles(
  programs: readonly ProgramModel[],
  locale: Locale,
): QuickWinProfile[] {
  const tables = locale.table;
  const words = locale.quickWinDoc;
  return programs
    .filter((p) => p.quickWin)
    .map((program, i) => {
      let table = 0;
      const caption = (key: string, source: string | null = null): Caption => ({
        label: `${tables} ${i + 1}.${++table}`,
        title: word(words, key, { name: program.name }),
        source,
      });
      return {
        anchor: `quick-win-${program.id}`,
        number: i + 1,
        program,
        // Numbered in the order they print, and only the tables that print.
        captions: {
          profile: caption("profile"),
          milestones: program.milestones.length ? caption("milestones") : null,
          indicators: program.indicators.length ? caption("indicators") : null,
          budget: program.budget?.length ? caption("budget") : null,
          risks: program.risks.length ? caption("risks") : null,
        },
      };
    });
}
