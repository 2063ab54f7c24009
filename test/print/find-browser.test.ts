import { expect, it } from "vitest";
import { MasterplanError } from "../../src/diagnostics/masterplan-error.js";
import { findBrowser, systemBrowsers } from "../../src/print/find-browser.js";

const only =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);

it("prefers --browser, then PUPPETEER_EXECUTABLE_PATH, then system paths", () => {
  const isExecutable = only("/a/chrome", "/b/chrome", "/usr/bin/chromium");
  const env = { PUPPETEER_EXECUTABLE_PATH: "/b/chrome" };
  expect(findBrowser({ flag: "/a/chrome", env, platform: "linux", isExecutable })).toBe(
    "/a/chrome",
  );
  expect(findBrowser({ env, platform: "linux", isExecutable })).toBe("/b/chrome");
  expect(findBrowser({ env: {}, platform: "linux", isExecutable })).toBe("/usr/bin/chromium");
});

it("takes Debian's binary over its wrapper script", () => {
  const isExecutable = only("/usr/lib/chromium/chromium", "/usr/bin/chromium");
  expect(findBrowser({ env: {}, platform: "linux", isExecutable })).toBe(
    "/usr/lib/chromium/chromium",
  );
});

it("says how to install a browser when none is found", () => {
  const run = () => findBrowser({ env: {}, platform: "linux", isExecutable: () => false });
  expect(run).toThrow(MasterplanError);
  expect(run).toThrow("No Chrome, Chromium or Edge browser was found");
  try {
    run();
  } catch (e) {
    expect((e as MasterplanError).hint).toContain("apt-get install -y chromium");
  }
});

it("does not fall back when the named browser is missing", () => {
  expect(() =>
    findBrowser({
      flag: "/nonexistent",
      env: {},
      platform: "linux",
      isExecutable: only("/usr/bin/chromium"),
    }),
  ).toThrow("The browser given by --browser (/nonexistent) does not exist or cannot be run.");
});

it("finds Chrome per user and per machine on Windows, then Edge under Program Files (x86)", () => {
  const env = {
    LOCALAPPDATA: "C:\\Users\\analis\\AppData\\Local",
    ProgramFiles: "C:\\Program Files",
    "ProgramFiles(x86)": "C:\\Program Files (x86)",
  };
  const perUser = "C:\\Users\\analis\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
  const perMachine = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
  const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
  const find = (...present: string[]) =>
    findBrowser({ env, platform: "win32", isExecutable: only(...present) });
  expect(find(perUser, perMachine, edge)).toBe(perUser);
  expect(find(perMachine, edge)).toBe(perMachine);
  expect(find(edge)).toBe(edge);
  // Without the variables, the usual drive.
  expect(findBrowser({ env: {}, platform: "win32", isExecutable: only(perMachine) })).toBe(
    perMachine,
  );
  try {
    findBrowser({ env, platform: "win32", isExecutable: () => false });
  } catch (e) {
    expect((e as MasterplanError).hint).toContain("google.com/chrome");
    expect((e as MasterplanError).hint).not.toContain("apt-get");
  }
});

it("finds Chrome, Chromium or Edge in /Applications and ~/Applications on macOS", () => {
  const system = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
  const own = "/Users/analis/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
  const env = { HOME: "/Users/analis" };
  expect(findBrowser({ env, platform: "darwin", isExecutable: only(system, own) })).toBe(system);
  expect(findBrowser({ env, platform: "darwin", isExecutable: only(own) })).toBe(own);
  expect(systemBrowsers("darwin", env)).toContain(
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  );
});
