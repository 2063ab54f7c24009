import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { forgetTyped, visible } from "../diagnostics/display-path.js";
import { pickLanguage, setLanguage, t } from "../i18n/language.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { packageRoot } from "../paths/package-root.js";
import { buildCommand } from "./commands/build.js";
import { diffCommand } from "./commands/diff.js";
import { doctorCommand } from "./commands/doctor.js";
import { exportCommand } from "./commands/export.js";
import { fmtCommand } from "./commands/fmt.js";
import { initCommand, newCommand } from "./commands/init.js";
import { schemasCommand } from "./commands/schemas.js";
import { validateCommand } from "./commands/validate.js";
import { watchCommand } from "./commands/watch.js";
import { commanderError, HelpWords } from "./help-words.js";
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
  // The language is known before any help text is made: `--lang` anywhere, then the environment.
  setLanguage(pickLanguage(langFlag(argv), io.env));
  forgetTyped();
  let code = 0;
  const output = {
    writeOut: (s: string) => io.out(s),
    writeErr: (s: string) => io.err(s),
    outputError: (s: string, write: (s: string) => void) => write(commanderError(s)),
  };
  const program = new Command("masterplan")
    .description(t("cli.description"))
    .version(version, "-V, --version", t("cli.version"))
    .helpOption("-h, --help", t("cli.help"))
    .helpCommand("help [command]", t("cli.help-command"))
    .addOption(new Option("--lang <lang>", t("cli.lang")).choices(["id", "en"]))
    .configureHelp({})
    .showHelpAfterError(t("cli.see-help"))
    .exitOverride()
    .configureOutput(output);
  program.createHelp = () => Object.assign(new HelpWords(), program.configureHelp());
  const setCode = (c: number) => {
    code = c;
  };
  for (const command of [
    validateCommand(io, setCode),
    buildCommand(io, setCode, version, interruption),
    fmtCommand(io, setCode),
    diffCommand(io, setCode),
    exportCommand(io, setCode),
    initCommand(io, setCode, version),
    newCommand(io, setCode),
    schemasCommand(io, setCode),
    doctorCommand(io, setCode),
    watchCommand(io, setCode, interruption),
  ]) {
    // addCommand does not pass settings down: subcommands need their own, or they call process.exit.
    command
      .exitOverride()
      .helpOption("-h, --help", t("cli.help"))
      .showHelpAfterError(t("cli.see-help"))
      .configureOutput(output);
    command.createHelp = () => Object.assign(new HelpWords(), command.configureHelp());
    for (const sub of command.commands) {
      sub.exitOverride().helpOption("-h, --help", t("cli.help")).configureOutput(output);
      sub.createHelp = () => Object.assign(new HelpWords(), sub.configureHelp());
    }
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
    io.err(`masterplan: ${t("cli.bug")}\n${stack}\n`);
    return EXIT_BUG;
  }
}

/** `--lang en` or `--lang=en` anywhere before a `--`. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--lang") return argv[i + 1];
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}
