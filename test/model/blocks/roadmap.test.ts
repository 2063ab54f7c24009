import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("draws every program as a bar inside the text width", () => {
  const [s] = sectionsOf("roadmap");
  expect(s!.data.figure.label).toBe("Gambar 2.1");
  expect(s!.data.parts.flatMap((p) => p.rows)).toHaveLength(6);
  expect(s!.data.width).toBeLessThanOrEqual(Math.floor(((215 - 50) * 96) / 25.4));
});
