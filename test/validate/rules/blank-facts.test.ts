import { expect, it } from "vitest";
import { check, miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";

const MANIFEST = miniPlan()["masterplan.yaml"]!;

it("passes a plan with every fact filled", () => {
  expect(check({})).toEqual([]);
});

it("warns about an unknown coordinator as a blank, not as unassigned", () => {
  const files = {
    ...miniPlan(),
    "rpjpd.yaml": miniPlan()["rpjpd.yaml"]!.replace("vision: Visi contoh", "vision: null"),
    "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
      "coordinator: dinkominfo",
      "coordinator: null",
    ),
  };
  const found = validateFiles(files).diagnostics;
  expect(found.map((d) => `${d.code} ${d.severity} ${d.line}`)).toEqual([
    "blank/left-blank warning 11",
    "blank/left-blank warning 3",
  ]);
  expect(found[0]?.message).not.toContain("belum ditetapkan");
});

it("reminds about a coordinator nobody has been designated for, even in an enacted plan", () => {
  const manifest = MANIFEST.replace("coordinator: dinkominfo", "coordinator: belum-ditetapkan");
  for (const text of [manifest, manifest.replace("status: rancangan", "status: ditetapkan")]) {
    const found = validateFiles({ ...miniPlan(), "masterplan.yaml": text }).diagnostics;
    expect(found.map((d) => `${d.code} ${d.severity} ${d.line}`)).toEqual([
      "blank/unassigned warning 11",
    ]);
    expect(found[0]?.message).toContain("belum ditetapkan");
  }
});

it("names the head of a kota in its hint", () => {
  const files = {
    ...miniPlan(),
    "masterplan.yaml": MANIFEST.replace("kind: kabupaten", "kind: kota").replace(
      "coordinator: dinkominfo",
      "coordinator: belum-ditetapkan",
    ),
  };
  const [d] = validateFiles(files).diagnostics;
  expect(d?.hint).toBe("Set it to an agency id once the Wali Kota designates one.");
});

it("warns about each unknown fact of a program, by its field", () => {
  const files = {
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      lead_agency: "null",
      budget: "null",
      status: "null",
      progress: "null",
    }),
  };
  const found = validateFiles(files).diagnostics;
  expect(found.every((d) => d.severity === "warning")).toBe(true);
  expect(found.map((d) => d.message)).toEqual([
    "Not known yet (null): the lead agency; the document shows a visible blank.",
    "Not known yet (null): the indicative budget; the document shows a visible blank.",
    "Not known yet (null): the status; the document shows a visible blank.",
    "Not known yet (null): the progress; the document shows a visible blank.",
  ]);
});

it("warns about an empty list of agencies", () => {
  const files = { ...miniPlan(), "agencies.yaml": "schema_version: 1\nagencies: []\n" };
  // The programs' agencies are then unknown too; this case is about the list itself.
  const codes = validateFiles(files).diagnostics.map((d) => `${d.code} ${d.severity}`);
  expect(codes).toContain("blank/no-agencies warning");
});

it("makes every blank an error, with a hint, in an enacted plan", () => {
  const files = {
    ...miniPlan(),
    "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
      "status: rancangan",
      "status: ditetapkan",
    ),
    "rpjpd.yaml": miniPlan()["rpjpd.yaml"]!.replace("vision: Visi contoh", "vision: null"),
  };
  const found = validateFiles(files).diagnostics;
  expect(found.map((d) => `${d.code} ${d.severity} ${d.line}`)).toEqual([
    "blank/left-blank error 3",
  ]);
  expect(found[0]?.hint).toContain("legal.status: rancangan");
});
