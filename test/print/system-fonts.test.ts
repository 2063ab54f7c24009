import { expect, it } from "vitest";
import { fontInstallHint, systemFontDirs } from "../../src/load/theme-fonts.js";

it("looks for Bookman Old Style in the Windows fonts folders, per machine and per user", () => {
  const dirs = systemFontDirs(
    "win32",
    { WINDIR: "D:\\Windows", LOCALAPPDATA: "C:\\Users\\analis\\AppData\\Local" },
    "C:\\Users\\analis",
  );
  expect(dirs).toEqual([
    "D:\\Windows\\Fonts",
    "C:\\Users\\analis\\AppData\\Local\\Microsoft\\Windows\\Fonts",
  ]);
  expect(systemFontDirs("win32", {}, "C:\\Users\\analis")).toEqual([
    "C:\\Windows\\Fonts",
    "C:\\Users\\analis\\AppData\\Local\\Microsoft\\Windows\\Fonts",
  ]);
});

it("looks in the macOS fonts folders and Office's own, and nowhere more on Linux", () => {
  const dirs = systemFontDirs("darwin", {}, "/Users/analis");
  expect(dirs).toEqual(
    expect.arrayContaining([
      "/Users/analis/Library/Fonts",
      "/Library/Fonts",
      "/Applications/Microsoft Word.app/Contents/Resources/DFonts",
    ]),
  );
  expect(systemFontDirs("linux", {}, "/home/analis")).toEqual([]);
});

it("says how to get the Bookman design on each system", () => {
  expect(fontInstallHint("linux")).toContain("apt-get install -y fonts-texgyre");
  expect(fontInstallHint("win32")).toContain("Microsoft Office");
  expect(fontInstallHint("win32")).not.toContain("apt-get");
  expect(fontInstallHint("darwin")).toContain("brew");
});
