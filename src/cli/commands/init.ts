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
      const root = path.resolve(io.cwd, dir);
      const files = await initPlan(root, {
        region: region.name,
        kind,
        province: flags.province?.trim() ?? null,
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
