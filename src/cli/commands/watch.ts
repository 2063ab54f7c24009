import { spawn } from "node:child_process";
import { Command } from "commander";
import { summarize } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics, MAX_PROBLEMS } from "../../diagnostics/format.js";
import { MasterplanError } from "../../diagnostics/masterplan-error.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import type { Interruption } from "../signals.js";
import { t, tn } from "../../i18n/language.js";

interface WatchFlags {
  port: string;
  open: boolean;
  example?: boolean;
}

export function watchCommand(
  io: Io,
  setCode: (code: number) => void,
  interruption: Interruption,
): Command {
  return new Command("watch")
    .description(t("watch.description"))
    .argument("[dir]", t("arg.plan-dir"))
    .option("--port <n>", t("watch.port"), "4173")
    .option("--no-open", t("watch.no-open"))
    .option("--example", t("opt.example"))
    .action(async (dir: string | undefined, flags: WatchFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new MasterplanError(t("watch.bad-port", { port: flags.port }));
      const root = resolvePlanDir(dir, io, { example: flags.example });
      let shown = "";
      const { servePreview } = await import("../../serve/preview-server.js");
      const server = await servePreview({
        root,
        port,
        cwd: io.cwd,
        onRebuild: (state) => {
          const { errors, warnings } = summarize(state.diagnostics);
          // Print the problems when they change, not on every save.
          const now = state.diagnostics
            .filter((d) => d.severity === "error")
            .map((d) => `${d.file}:${d.line}:${d.code}`)
            .join("\n");
          if (errors && now !== shown)
            io.err(
              formatDiagnostics(
                "pretty",
                state.diagnostics.filter((d) => d.severity === "error"),
                {
                  cwd: io.cwd,
                  color: wantsColor(io, io.stderrTty),
                  sources: state.texts,
                  maxProblems: MAX_PROBLEMS,
                },
              ),
            );
          shown = errors ? now : "";
          io.err(
            `${
              errors
                ? tn("watch.not-rebuilt", errors)
                : t("watch.rebuilt", {
                    ms: Math.round(state.ms),
                    warnings: warnings ? ` (${tn("summary.warnings", warnings)})` : "",
                  })
            }\n`,
          );
        },
      });
      io.err(`${t("watch.previewing", { plan: displayPath(root, io.cwd), url: server.url })}\n`);
      if (flags.open) openBrowser(server.url);
      // Ctrl-C stops the preview: the server closes and the command ends normally.
      const release = interruption.hold();
      await new Promise<void>((resolve) => {
        if (interruption.signal.aborted) resolve();
        interruption.signal.addEventListener("abort", () => resolve(), { once: true });
      });
      await server.close();
      release();
      io.err(`${t("watch.stopped")}\n`);
      setCode(0);
    });
}

/** Opens a URL in the user's browser; where there is none, the URL printed above is enough. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No opener on this machine.
  }
}
