import { Command, Option } from "commander";
import { displayPath } from "../../diagnostics/display-path.js";
import { MasterplanError } from "../../diagnostics/masterplan-error.js";
import { regionWords, type RegionKind } from "../../text/region-words.js";
import type { Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import path from "node:path";

interface InitFlags {
  region: string;
  kind?: RegionKind;
  province?: string;
  horizon?: string;
  stageYears?: string;
  regulation?: "perda" | "perbup" | "perwali";
  force?: boolean;
}

export function initCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("init")
    .description("start a masterplan for a new region: every fact blank until you fill it in")
    .argument("<dir>", "folder to create the plan in (empty, or give --force)")
    .requiredOption("--region <name>", 'the region, as "Kota Contoh" or "Kabupaten Contoh"')
    .addOption(
      new Option(
        "--kind <kind>",
        "kabupaten or kota (default: from --region, else kabupaten)",
      ).choices(["kabupaten", "kota"]),
    )
    .option("--province <name>", "the province (default: left blank)")
    .option(
      "--horizon <years>",
      "the masterplan's own horizon, as 2025-2034 (default: the RPJPN's 2025-2045)",
    )
    .option("--stage-years <n>", "the length of each stage inside --horizon, in years", "5")
    .addOption(
      new Option(
        "--regulation <kind>",
        "the regulation it is attached to (default: perda)",
      ).choices(["perda", "perbup", "perwali"]),
    )
    .option("--force", "write into a folder that is not empty")
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
          `--region "${flags.region}" names a ${region.kind}, but --kind says ${flags.kind}.`,
          `Give the region's name without "Kabupaten" or "Kota", or drop --kind.`,
        );
      if (!region.name || /^(?:kabupaten|kab\.|kota)$/i.test(region.name))
        throw new MasterplanError(
          "--region needs the region's name.",
          'Give it with its kind, such as "Kota Contoh" or "Kabupaten Contoh".',
        );
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
      });
      const shown = displayPath(root, io.cwd);
      io.err(
        `Created a masterplan for ${regionWords(kind).region} ${region.name} in ${shown}/ (${files.length} files and folders).\n` +
          `Every fact is blank (null) until you fill it in. Next:\n` +
          `  masterplan validate ${shown}\n  masterplan build ${shown}\n`,
      );
      setCode(0);
    });
}

export function newCommand(io: Io, setCode: (code: number) => void): Command {
  const command = new Command("new").description("add a file to a plan");
  command
    .command("program")
    .description("add programs/<dimension>/<id>.yaml with every required key to fill in")
    .argument("<dimension>", "governance, branding, economy, living, society or environment")
    .argument("<id>", "the program's id, which is also its file name")
    .option("--plan <dir>", "the plan folder (default: ./masterplan.yaml's folder or ./masterplan)")
    .action(async (dimension: string, id: string, flags: { plan?: string }) => {
      const { addProgram } = await import("../../scaffold/write-plan.js");
      const file = await addProgram(
        resolvePlanDir(flags.plan, io, { bundled: false }),
        dimension,
        id,
      );
      io.out(`${displayPath(file, io.cwd)}\n`);
      io.err("Fill in its null fields, then run `masterplan validate`.\n");
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
      `${flag} holds a line break or another control character; a name is one line of text.`,
      `Give the name as it is written, such as ${flag === "--region" ? '"Kota Contoh"' : '"Jawa Tengah"'}.`,
    );
  if (value.trim() === "") throw new MasterplanError(`${flag} needs a name.`);
  if (value.trim().length > MAX_NAME)
    throw new MasterplanError(
      `${flag} is ${value.trim().length} characters long; a name may have at most ${MAX_NAME}.`,
    );
}

/** "2025-2034" (or with an en dash) as a horizon of years. */
function parseHorizon(text: string): { start: number; end: number } {
  const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  const start = Number(m?.[1]);
  const end = Number(m?.[2]);
  if (!m || start < 1945 || end > 2200 || start > end)
    throw new MasterplanError(
      `--horizon "${text}" is not a span of years.`,
      "Give the first and the last year, such as --horizon 2025-2034.",
    );
  return { start, end };
}

function parseStageYears(text: string, horizon: { start: number; end: number } | undefined) {
  const n = Number(text);
  const length = horizon ? horizon.end - horizon.start + 1 : 21;
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > length)
    throw new MasterplanError(
      `--stage-years "${text}" is not a stage length for a horizon of ${length} years.`,
      "Give a whole number of years, such as --stage-years 5.",
    );
  return n;
}
