import { expect, it } from "vitest";
import { MasterplanError } from "../../src/diagnostics/masterplan-error.js";
import { findBrowser } from "../../src/print/find-browser.js";

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
  expect(run).toThrow("No Chromium or Chrome browser was found");
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
