import { Command } from "commander";
import { summarize } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { MasterplanError } from "../../diagnostics/masterplan-error.js";
import {
  BOOKMAN_DESIGN,
  BUNDLED_FONT,
  fontInstallHint,
  PREFERRED_FONT,
  installedFaces,
} from "../../load/theme-fonts.js";
import { locateBrowser } from "../../print/find-browser.js";
import { t, tn } from "../../i18n/language.js";
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
    .description(t("doctor.description"))
    .argument("[dir]", t("arg.plan-dir"))
    .option("--browser <path>", t("opt.browser"))
    .option("--example", t("opt.example"))
    .action(async (dir: string | undefined, flags: { browser?: string; example?: boolean }) => {
      const findings: Finding[] = [
        nodeFinding(),
        await browserFinding(io, flags.browser),
        fontFinding(),
      ];
      findings.push(await planFinding(io, dir, flags.example));
      const marks = { ok: t("doctor.ok"), fail: t("doctor.fail"), note: t("doctor.note") };
      const width = Math.max(...Object.values(marks).map((m) => m.length));
      for (const f of findings) {
        io.out(
          `${(f.ok ? marks.ok : f.blocks ? marks.fail : marks.note).padEnd(width)}  ${f.text}\n`,
        );
        if (f.fix) io.out(`${" ".repeat(width + 2)}${t("doctor.fix")}: ${f.fix}\n`);
      }
      const broken = findings.filter((f) => !f.ok && f.blocks);
      io.out(`${broken.length ? t("doctor.broken", { fail: marks.fail }) : t("doctor.works")}\n`);
      setCode(broken.length ? 1 : 0);
    });
}

function nodeFinding(): Finding {
  const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
  const ok = major > NODE_NEEDED[0] || (major === NODE_NEEDED[0] && minor >= NODE_NEEDED[1]);
  return {
    ok,
    blocks: true,
    text: t("doctor.node", { version: process.versions.node, needed: NODE_NEEDED.join(".") }),
    ...(ok ? {} : { fix: t("doctor.node-fix") }),
  };
}

async function browserFinding(io: Io, flag: string | undefined): Promise<Finding> {
  let found: { path: string; via: string };
  try {
    found = locateBrowser({ flag, env: io.env });
  } catch (e) {
    if (!(e instanceof MasterplanError)) throw e;
    return {
      ok: false,
      blocks: true,
      text: t("doctor.browser-missing", { problem: e.message }),
      fix: e.hint ?? undefined,
    };
  }
  const { Printer } = await import("../../print/printer.js");
  const printer = Printer.start({ browser: found.path, env: io.env });
  try {
    const version = await printer.version();
    return {
      ok: true,
      blocks: true,
      text: t("doctor.browser", { version, path: found.path, via: found.via }),
    };
  } catch (e) {
    if (!(e instanceof MasterplanError)) throw e;
    return {
      ok: false,
      blocks: true,
      text: t("doctor.browser-broken", { path: found.path, via: found.via, problem: e.message }),
      fix: e.hint ?? undefined,
    };
  } finally {
    await printer.close();
  }
}

function fontFinding(): Finding {
  const { bookman, bonum } = installedFaces();
  if (bookman)
    return {
      ok: true,
      blocks: false,
      text: t("doctor.font-bookman", { face: PREFERRED_FONT, file: bookman }),
    };
  if (bonum)
    return {
      ok: true,
      blocks: false,
      text: t("doctor.font-bonum", {
        face: BOOKMAN_DESIGN,
        file: bonum,
        preferred: PREFERRED_FONT,
      }),
    };
  return {
    ok: false,
    blocks: false,
    text: t("doctor.font-bundled", {
      preferred: PREFERRED_FONT,
      design: BOOKMAN_DESIGN,
      bundled: BUNDLED_FONT,
    }),
    fix: fontInstallHint(),
  };
}

async function planFinding(
  io: Io,
  dir: string | undefined,
  example: boolean | undefined,
): Promise<Finding> {
  let root: string;
  try {
    root = resolvePlanDir(dir, io, { example });
    const { prepare } = await import("../../pipeline/prepare.js");
    const { diagnostics } = await prepare(root);
    const { errors, warnings } = summarize(diagnostics);
    const shown = displayPath(root, io.cwd);
    const counts = {
      errors: tn("summary.errors", errors),
      warnings: tn("summary.warnings", warnings),
    };
    return errors
      ? {
          ok: false,
          blocks: true,
          text: t("doctor.plan", { plan: shown, ...counts }),
          fix: t("doctor.plan-fix", { plan: shown }),
        }
      : { ok: true, blocks: true, text: t("doctor.plan", { plan: shown, ...counts }) };
  } catch (e) {
    if (!(e instanceof MasterplanError)) throw e;
    return {
      ok: false,
      blocks: true,
      text: t("doctor.plan-missing", { problem: e.message }),
      fix: e.hint ?? undefined,
    };
  }
}
