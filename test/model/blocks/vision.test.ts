import { expect, it } from "vitest";
import { buildModel } from "../../../src/model/build-model.js";
import { miniPlan, validateFiles } from "../../helpers/mini-plan.js";
import { defaultLocale } from "../../helpers/theme.js";
import { sectionsOf } from "./helpers.js";

const MANIFEST = miniPlan()["masterplan.yaml"]!;
const withVision = MANIFEST.replace(
  "legal:",
  "vision: { text: Contoh cerdas, missions: [Misi satu, null], proposed: true }\nlegal:",
);

it("prints the masterplan's own vision and missions, never the RPJPD's under its name", () => {
  const [s] = sectionsOf("vision", { "masterplan.yaml": withVision });
  expect(s!.data).toEqual({
    owner: "masterplan",
    text: "Contoh cerdas",
    missions: [
      { label: null, text: "Misi satu" },
      { label: null, text: null },
    ],
    proposed: true,
  });
  // Without a vision in masterplan.yaml the part is a blank, not the RPJPD's "Visi contoh".
  const [blank] = sectionsOf("vision");
  expect(blank!.data.text).toBeNull();
});

it("gives the ringkasan the same vision, and the RPJPD's only as the RPJPD's", () => {
  const summary = (manifest: string) => {
    const checked = validateFiles({ ...miniPlan(), "masterplan.yaml": manifest });
    return buildModel(checked.sources!, { locale: defaultLocale, documents: ["ringkasan"] })
      .summary!.vision;
  };
  expect(summary(withVision)).toMatchObject({ owner: "masterplan", text: "Contoh cerdas" });
  expect(summary(MANIFEST)).toMatchObject({ owner: "rpjpd", text: "Visi contoh" });
});

it("tables the masterplan's stages under its own name and horizon", () => {
  const [s] = sectionsOf("stages");
  expect(s!.title).toBe("Tahapan Masterplan");
  expect(s!.data.caption.title).toBe("Tahapan Masterplan 2025–2034");
  expect(s!.data.stages.map((x) => `${x.name} ${x.start}–${x.end}`)).toEqual([
    "Tahap I 2025–2029",
    "Tahap II 2030–2034",
  ]);
  // The RPJPD part no longer carries them.
  const [r] = sectionsOf("rpjpd");
  expect(Object.keys(r!.data)).not.toContain("stagesCaption");
});
