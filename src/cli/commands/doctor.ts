import { Command } from "commander";
import { summarize } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { MasterplanError } from "../../diagnostics/masterplan-error.js";
import {
  BOOKMAN_DESIGN,
  BUNDLED_FONT,
  FONT_INSTALL_HINT,
  PREFERRED_FONT,
  installedFaces,
} from "../../load/theme-fonts.js";
import { locateBrowser } from "../../print/find-browser.js";
import type { Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";

const NODE_NEEDED = [20, 19] as const;

interface Finding {
  ok: boolean;
  /** Whether a build needs this to work (fonts only make the document better). */
  blocks: boolean;
  text: string;
  fix?: string;
}

export function doctorCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("doctor")
    .description(
      "check Node.js, the browser, the fonts and the plan: what a build needs, and how to fix it",
    )
    .argument(
      "[dir]",
      "plan folder (default: ./masterplan.yaml's folder, ./masterplan, or the bundled plan)",
    )
    .option("--browser <path>", "Chrome or Chromium binary to check")
    .action(async (dir: string | undefined, flags: { browser?: string }) => {
      const findings: Finding[] = [
        nodeFinding(),
        await browserFinding(io, flags.browser),
        fontFinding(),
      ];
      findings.push(await planFinding(io, dir));
      for (const f of findings) {
        io.out(`${f.ok ? "ok  " : f.blocks ? "FAIL" : "note"}  ${f.text}\n`);
        if (f.fix) io.out(`      fix: ${f.fix}\n`);
      }
      const broken = findings.filter((f) => !f.ok && f.blocks);
      io.out(
        broken.length
          ? "A build would not work yet: fix the lines marked FAIL.\n"
          : "A build would work.\n",
      );
      setCode(broken.length ? 1 : 0);
    });
}

function nodeFinding(): Finding {
  const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
  const ok = major > NODE_NEEDED[0] || (major === NODE_NEEDED[0] && minor >= NODE_NEEDED[1]);
  return {
    ok,
    blocks: true,
    text: `Node.js ${process.versions.node} (${NODE_NEEDED.join(".")} or newer needed)`,
    ...(ok
      ? {}
      : { fix: "install Node.js 20.19 or newer (https://nodejs.org, or `nvm install 20`)" }),
  };
}

async function browserFinding(io: Io, flag: string | undefined): Promise<Finding> {
  let found: { path: string; via: string };
  try {
    found = locateBrowser({ flag, env: io.env });
  } catch (e) {
    if (!(e instanceof MasterplanError)) throw e;
    return { ok: false, blocks: true, text: `Browser: ${e.message}`, fix: e.hint ?? undefined };
  }
  const { Printer } = await import("../../print/printer.js");
  const printer = Printer.start({ browser: found.path, env: io.env });
  try {
    const version = await printer.version();
    return {
      ok: true,
      blocks: true,
      text: `Browser: ${version} at ${found.path} (from ${found.via}); it starts headless`,
    };
  } catch (e) {
    if (!(e instanceof MasterplanError)) throw e;
    return {
      ok: false,
      blocks: true,
      text: `Browser: ${found.path} (from ${found.via}) does not start: ${e.message}`,
      fix: e.hint ?? undefined,
    };
  } finally {
    await printer.close();
  }
}

function fontFinding(): Finding {
  const { bookman, bonum } = installedFaces();
  if (bookman)
    return { ok: true, blocks: false, text: `Font: ${PREFERRED_FONT} (${bookman}) will be used` };
  if (bonum)
    return {
      ok: true,
      blocks: false,
      text: `Font: ${BOOKMAN_DESIGN} (${bonum}), the free Bookman design, will be used; ${PREFERRED_FONT} is not installed`,
    };
  return {
    ok: false,
    blocks: false,
    text: `Font: neither ${PREFERRED_FONT} nor ${BOOKMAN_DESIGN} is installed; the bundled ${BUNDLED_FONT} will be used`,
    fix: FONT_INSTALL_HINT,
  };
}

async function planFinding(io: Io, dir: string | undefined): Promise<Finding> {
  let root: string;
  try {
    root = resolvePlanDir(dir, io);
    const { prepare } = await import("../../pipeline/prepare.js");
    const { diagnostics } = await prepare(root);
    const { errors, warnings } = summarize(diagnostics);
    const where = `Plan ${displayPath(root, io.cwd)}/`;
    return errors
      ? {
          ok: false,
          blocks: true,
          text: `${where}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`,
          fix: `masterplan validate ${displayPath(root, io.cwd)} lists them with their places`,
        }
      : { ok: true, blocks: true, text: `${where}: no errors, ${plural(warnings, "warning")}` };
  } catch (e) {
    if (!(e instanceof MasterplanError)) throw e;
    return { ok: false, blocks: true, text: `Plan: ${e.message}`, fix: e.hint ?? undefined };
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
