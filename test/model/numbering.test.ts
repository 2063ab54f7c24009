import { expect, it } from "vitest";
import { chapterLabel, sectionNumber } from "../../src/model/numbering.js";

it("numbers decimally", () => {
  expect(sectionNumber("decimal", 2, [1])).toBe("2.1");
  expect(sectionNumber("decimal", 2, [3, 4])).toBe("2.3.4");
});

it("numbers in legal outline", () => {
  expect(sectionNumber("legal", 2, [1])).toBe("A.");
  expect(sectionNumber("legal", 2, [3, 4])).toBe("4.");
  expect(sectionNumber("legal", 2, [3, 4, 2])).toBe("b.");
  expect(sectionNumber("legal", 2, [1, 1, 1, 5])).toBe("5)");
});

it("labels chapters with roman numerals", () => {
  expect(chapterLabel("BAB", 8)).toBe("BAB VIII");
});
