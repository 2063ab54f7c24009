import { Command, Option } from "commander";
import { displayPath } from "../../diagnostics/display-path.js";
import { MasterplanError } from "../../diagnostics/masterplan-error.js";
import { regionWords, type RegionKind } from "../../text/region-words.js";
import type { Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import path from "node:path";
import { t } from "../../i18n/language.js";

interface InitFlags {
  region: string;
  kind?: RegionKind;
  province?: string;
  horizon?: string;
  stageYears?: string;
  regulation?: "perda" | "perbup" | "perwali";
  force?: boolean;
}

export function initCommand(io: Io, setCode: (code: number) => void, version: string): Command {
  return new Command("init")
    .description(t("init.description"))
    .argument("<dir>", t("init.dir"))
    .requiredOption("--region <name>", t("init.region"))
    .addOption(new Option("--kind <kind>", t("init.kind")).choices(["kabupaten", "kota"]))
    .option("--province <name>", t("init.province"))
    .option("--horizon <years>", t("init.horizon"))
    .option("--stage-years <n>", t("init.stage-years"), "5")
    .addOption(
      new Option("--regulation <kind>", t("init.regulation")).choices([
        "perda",
        "perbup",
        "perwali",
      ]),
    )
    .option("--force", t("init.force"))
    .action(async (dir: string, flags: InitFlags) => {
      const { parseRegion } = await import("../../scaffold/scaffold-plan.js");
      const { initPlan } = await import("../../scaffold/write-plan.js");
      for (const [flag, value] of [
        ["--region", flags.region],
        ["--province", flags.province],
      ] as const)
        if (value !== undefined) checkName(flag, value);
      const region = parseRegion(flags.region);
      if (region.kind && flags.kind && region.kind !== flags.kind)
        throw new MasterplanError(
          t("init.kind-conflict", { region: flags.region, named: region.kind, kind: flags.kind }),
          t("init.kind-conflict-hint"),
        );
      if (!region.name || /^(?:kabupaten|kab\.|kota)$/i.test(region.name))
        throw new MasterplanError(t("init.region-needs-name"), t("init.region-needs-name-hint"));
      const kind = flags.kind ?? region.kind ?? "kabupaten";
      const horizon = flags.horizon === undefined ? undefined : parseHorizon(flags.horizon);
      const stageYears = parseStageYears(flags.stageYears ?? "5", horizon);
      const root = path.resolve(io.cwd, dir);
      const files = await initPlan(root, {
        region: region.name,
        kind,
        province: flags.province?.trim() ?? null,
        horizon,
        stageYears,
        regulation: flags.regulation,
        force: flags.force,
        version,
      });
      const shown = displayPath(root, io.cwd);
      io.err(
        `${t("init.created", { region: `${regionWords(kind).region} ${region.name}`, dir: shown, n: files.length })}\n` +
          `${t("init.next")}\n` +
          `  cd ${shown}\n  git init\n  masterplan validate\n  masterplan build\n`,
      );
      setCode(0);
    });
}

export function newCommand(io: Io, setCode: (code: number) => void): Command {
  const command = new Command("new").description(t("new.description"));
  command
    .command("program")
    .description(t("new.program"))
    .argument("<dimension>", t("new.dimension"))
    .argument("<id>", t("new.id"))
    .option("--plan <dir>", t("arg.plan-dir"))
    .action(async (dimension: string, id: string, flags: { plan?: string }) => {
      const { addProgram } = await import("../../scaffold/write-plan.js");
      const file = await addProgram(resolvePlanDir(flags.plan, io), dimension, id);
      io.out(`${displayPath(file, io.cwd)}\n`);
      io.err(`${t("new.next")}\n`);
      setCode(0);
    });
  return command;
}

/** The longest name a region or province may have: the schema's limit. */
const MAX_NAME = 100;

/** A name goes into file texts and comments: one line of visible characters, not too long. */
function checkName(flag: string, value: string): void {
  // Control characters and line breaks are what this pattern finds.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value))
    throw new MasterplanError(
      t("init.name-control", { flag }),
      t("init.name-control-hint", {
        example: flag === "--region" ? '"Kota Contoh"' : '"Jawa Tengah"',
      }),
    );
  if (value.trim() === "") throw new MasterplanError(t("init.name-empty", { flag }));
  if (value.trim().length > MAX_NAME)
    throw new MasterplanError(
      t("init.name-long", { flag, length: value.trim().length, max: MAX_NAME }),
    );
}

/** "2025-2034" (or with an en dash) as a horizon of years. */
function parseHorizon(text: string): { start: number; end: number } {
  const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  const start = Number(m?.[1]);
  const end = Number(m?.[2]);
  if (!m || start < 1945 || end > 2200 || start > end)
    throw new MasterplanError(t("init.bad-horizon", { text }), t("init.bad-horizon-hint"));
  return { start, end };
}

function parseStageYears(text: string, horizon: { start: number; end: number } | undefined) {
  const n = Number(text);
  const length = horizon ? horizon.end - horizon.start + 1 : 21;
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > length)
    throw new MasterplanError(
      t("init.bad-stage-years", { text, length }),
      t("init.bad-stage-years-hint"),
    );
  return n;
}
