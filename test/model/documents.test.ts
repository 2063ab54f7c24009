import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/build-model.js";
import type { SummaryModel } from "../../src/model/summary.js";
import type { DocumentModel, Matrix } from "../../src/model/document-model.js";
import { chosenDocuments, documentMetadata, outputName } from "../../src/model/documents.js";
import type { Locale } from "../../src/model/locale.js";
import { prepare } from "../../src/pipeline/prepare.js";

const locale = JSON.parse(readFileSync("templates/default/locale.json", "utf8")) as Locale;

describe("which documents a build prints", () => {
  it("takes --doc over the manifest, and the masterplan when nothing names a document", () => {
    expect(chosenDocuments(undefined)).toEqual(["masterplan"]);
    expect(chosenDocuments(["html", "pdf"])).toEqual(["masterplan"]);
    expect(chosenDocuments(["ringkasan", "html", "masterplan"])).toEqual([
      "masterplan",
      "ringkasan",
    ]);
    expect(chosenDocuments(["masterplan"], "ringkasan")).toEqual(["ringkasan"]);
    expect(chosenDocuments(["ringkasan"], "all")).toEqual([
      "masterplan",
      "ringkasan",
      "quick-win",
      "kesiapan",
      "raperda",
    ]);
  });

  it("names each document's files after the plan and the document", () => {
    expect(outputName("rencana", "masterplan")).toBe("rencana");
    expect(outputName("rencana", "ringkasan")).toBe("rencana-ringkasan");
  });
});

describe("the ringkasan's model", () => {
  let model: DocumentModel;
  let summary: SummaryModel;
  beforeAll(async () => {
    model = buildModel((await prepare("masterplan")).sources!, { locale: locale });
    summary = model.summary!;
  });

  /** The masterplan's recaps, as its chapters hold them. */
  const recaps = (): Matrix[] =>
    model.chapters
      .flatMap((c) => c.sections)
      .flatMap((s) => (s.block === "budget" ? [s.data.matrix] : []));

  it("adds up to the masterplan's totals, cell for cell", () => {
    const [byYear, byStage] = recaps();
    expect(byStage).toEqual(summary.budget);
    expect(summary.budget.total).toEqual(byYear!.total);
    expect(summary.budget.total!.known).toBeGreaterThan(0);
  });

  it("counts each dimension's programs per stage, and lists every quick win", () => {
    const { roadmap, quickWins, dimensions } = summary;
    expect(roadmap.rows.map((r) => r.name)).toEqual(dimensions.map((d) => d.name));
    const all = summary.dimensions.reduce((n, d) => n + d.programs, 0);
    // Every program runs in at least one stage; some run in several.
    expect(
      roadmap.rows.flatMap((r) => r.cells).reduce((n, c) => n + c.count, 0),
    ).toBeGreaterThanOrEqual(all);
    expect(quickWins.every((p) => p.quickWin)).toBe(true);
    expect(quickWins.length).toBeGreaterThanOrEqual(6);
    // The darkest cell holds the most programs; an empty one is white.
    const cells = roadmap.rows.flatMap((r) => r.cells);
    const most = Math.max(...cells.map((c) => c.count));
    expect(cells.filter((c) => c.count === most).every((c) => c.shade === 3)).toBe(true);
    expect(cells.filter((c) => c.count === 0).every((c) => c.shade === 0)).toBe(true);
  });

  it("says which document its PDF holds", () => {
    expect(documentMetadata(model, "masterplan", locale)).toBe(model.metadata);
    expect(documentMetadata(model, "ringkasan", locale).title).toBe(
      `Ringkasan Eksekutif ${model.metadata.title}`,
    );
  });
});

describe("the readiness model", () => {
  it("averages the scores it knows, and leaves a pillar with none as a blank", async () => {
    const plan = (await prepare("masterplan")).sources!;
    const data = plan.readiness!.data;
    for (const pillar of data.pillars) for (const e of pillar.elements) e.score = null;
    data.pillars[0]!.elements[0]!.score = 3;
    data.pillars[0]!.elements[1]!.score = 2;
    const readiness = buildModel(plan, { locale }).readiness!;
    expect(readiness.pillars.map((p) => p.average)).toEqual([2.5, null, null]);
    expect(readiness.pillars[0]!.scored).toBe(2);
    // The chart draws a bar as long as the score, and none for a score not given.
    const bars = readiness.chart.rows.filter((r) => r.kind === "element");
    expect(bars[0]).toMatchObject({ score: 3, width: 3 * readiness.chart.unit });
    expect(bars[2]).toMatchObject({ score: null, width: 0 });
    expect(readiness.captions.scores.label).toBe("Tabel 2");
  });
});
