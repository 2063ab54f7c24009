import { accessSync, constants } from "node:fs";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { t } from "../i18n/language.js";

/**
 * Usual places of Chromium, Chrome and Edge. Debian's /usr/bin/chromium is a wrapper script, so
 * the binary comes first. On Windows, Chrome installs per user (under %LOCALAPPDATA%) or per
 * machine, and Edge, which every Windows 10 and 11 has, under Program Files (x86).
 */
export function systemBrowsers(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === "darwin") {
    const apps = ["/Applications", ...(env.HOME ? [`${env.HOME}/Applications`] : [])];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
    ]);
  }
  if (platform === "win32") {
    const join = (...parts: string[]) => parts.join("\\");
    const programFiles = env.ProgramFiles || "C:\\Program Files";
    const programFilesX86 = env["ProgramFiles(x86)"] || "C:\\Program Files (x86)";
    const roots = [...(env.LOCALAPPDATA ? [env.LOCALAPPDATA] : []), programFiles, programFilesX86];
    return [
      ...roots.map((root) => join(root, "Google", "Chrome", "Application", "chrome.exe")),
      ...roots.map((root) => join(root, "Chromium", "Application", "chrome.exe")),
      join(programFilesX86, "Microsoft", "Edge", "Application", "msedge.exe"),
      join(programFiles, "Microsoft", "Edge", "Application", "msedge.exe"),
    ];
  }
  return [
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/usr/bin/microsoft-edge",
    "/snap/bin/chromium",
  ];
}

/** How to get a browser on this kind of machine, true for a global install too. */
export function installHint(platform: NodeJS.Platform = process.platform): string {
  return t(
    platform === "win32"
      ? "browser.install-windows"
      : platform === "darwin"
        ? "browser.install-macos"
        : "browser.install-linux",
  );
}

export interface BrowserQuery {
  /** `--browser`. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Whether a path is an executable file; injected for tests. */
  isExecutable?: (path: string) => boolean;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds the browser: `--browser`, then PUPPETEER_EXECUTABLE_PATH, then the usual system paths. */
export function findBrowser(query: BrowserQuery = {}): string {
  return locateBrowser(query).path;
}

/** The browser and how it was found: the flag, the variable, or the system's usual places. */
export function locateBrowser(query: BrowserQuery = {}): { path: string; via: string } {
  const isExecutable = query.isExecutable ?? executable;
  const env = query.env ?? process.env;
  const named: Array<[string, string | undefined]> = [
    ["--browser", query.flag],
    ["PUPPETEER_EXECUTABLE_PATH", env.PUPPETEER_EXECUTABLE_PATH || undefined],
  ];
  for (const [source, path] of named) {
    if (path === undefined) continue;
    if (isExecutable(path)) return { path, via: source };
    throw new MasterplanError(
      t("browser.given-missing", { source, path }),
      installHint(query.platform),
    );
  }
  for (const path of systemBrowsers(query.platform, env))
    if (isExecutable(path)) return { path, via: t("browser.usual-places") };
  throw new MasterplanError(t("browser.none"), installHint(query.platform));
}
