import { expect, it } from "vitest";
import { miniPlan } from "../../helpers/mini-plan.js";
import { sectionsOf } from "./helpers.js";

it("prints the decree as a blank when it is null, and the coordinator when named", () => {
  const manifest = miniPlan()["masterplan.yaml"]!.replace(
    "governance: { coordinator: dinkominfo }",
    "governance: { decree: null, coordinator: dinkominfo, bodies: [{ id: dewan, name: Dewan, members: Kepala OPD, role: Mengarahkan }] }",
  );
  const [s] = sectionsOf("governance", { "masterplan.yaml": manifest });
  expect(s!.data.decree).toEqual({ text: null });
  expect(s!.data.coordinator?.agency?.id).toBe("dinkominfo");
  expect(s!.data.bodies.map((b) => b.name)).toEqual(["Dewan"]);
  expect(s!.data.caption?.label).toBe("Tabel 2.1");
});

it("follows it with each dimension's coordinator, numbered after it", () => {
  const [c] = sectionsOf("coordinators", {}, "governance");
  expect(c!.data.dimensions).toHaveLength(6);
  expect(c!.data.dimensions[0]!.coordinator?.id).toBe("dinkominfo");
  expect(c!.data.caption.label).toBe("Tabel 2.1");
});
