import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { visible } from "../diagnostics/display-path.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { packageRoot } from "../paths/package-root.js";
import { buildCommand } from "./commands/build.js";
import { diffCommand } from "./commands/diff.js";
import { doctorCommand } from "./commands/doctor.js";
import { exportCommand } from "./commands/export.js";
import { fmtCommand } from "./commands/fmt.js";
import { initCommand, newCommand } from "./commands/init.js";
import { validateCommand } from "./commands/validate.js";
import { watchCommand } from "./commands/watch.js";
import { stderrConsole, type Io } from "./io.js";
import { noInterruption, signalExitCode, type Interruption } from "./signals.js";

/** Exit code for a fault in masterplan itself, distinct from the plan's and the environment's. */
export const EXIT_BUG = 70;

/** Runs the CLI and returns the exit code; never calls process.exit, so piped output is not cut. */
export async function run(
  argv: readonly string[],
  io: Io = stderrConsole(),
  interruption: Interruption = noInterruption(),
): Promise<number> {
  const version = (
    JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string }
  ).version;
  let code = 0;
  const program = new Command("masterplan")
    .description(
      "Compile a regional Smart City masterplan from YAML into an HTML document and a Lampiran PDF.",
    )
    .version(version, "-V, --version")
    .showHelpAfterError("(run `masterplan --help` for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const setCode = (c: number) => {
    code = c;
  };
  for (const command of [
    validateCommand(io, setCode),
    buildCommand(io, setCode, version, interruption),
    fmtCommand(io, setCode),
    diffCommand(io, setCode),
    exportCommand(io, setCode),
    initCommand(io, setCode),
    newCommand(io, setCode),
    doctorCommand(io, setCode),
    watchCommand(io, setCode, interruption),
  ]) {
    // addCommand does not pass settings down: subcommands need their own, or they call process.exit.
    command
      .exitOverride()
      .showHelpAfterError("(run `masterplan --help` for usage)")
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
    program.addCommand(command);
  }
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof MasterplanError) {
      io.err(`masterplan: ${visible(e.message)}\n${e.hint ? `${visible(e.hint)}\n` : ""}`);
      // An interruption exits as the shell expects of the signal that caused it.
      return e.exitCode === 130 ? signalExitCode(interruption.received() ?? "SIGINT") : e.exitCode;
    }
    const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.err(`masterplan: this is a bug, please report it with the text below.\n${stack}\n`);
    return EXIT_BUG;
  }
}
