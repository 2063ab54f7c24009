import { spawn } from "node:child_process";
import { Command } from "commander";
import { summarize } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics } from "../../diagnostics/format.js";
import { MasterplanError } from "../../diagnostics/masterplan-error.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import type { Interruption } from "../signals.js";

interface WatchFlags {
  port: string;
  open: boolean;
}

export function watchCommand(
  io: Io,
  setCode: (code: number) => void,
  interruption: Interruption,
): Command {
  return new Command("watch")
    .description("serve a live preview on 127.0.0.1 that rebuilds and reloads on every change")
    .argument(
      "[dir]",
      "plan folder (default: ./masterplan.yaml's folder, ./masterplan, or the bundled plan)",
    )
    .option("--port <n>", "port on 127.0.0.1 (0: any free port)", "4173")
    .option("--no-open", "do not open the preview in a browser")
    .action(async (dir: string | undefined, flags: WatchFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new MasterplanError(`--port ${flags.port} is not a port number.`);
      const root = resolvePlanDir(dir, io);
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
                },
              ),
            );
          shown = errors ? now : "";
          io.err(
            errors
              ? `Not rebuilt: the plan has ${errors} error${errors === 1 ? "" : "s"}; the preview shows the last good document.\n`
              : `Rebuilt in ${Math.round(state.ms)} ms${warnings ? ` (${warnings} warnings)` : ""}.\n`,
          );
        },
      });
      io.err(`Previewing ${displayPath(root, io.cwd)} at ${server.url}. Press Ctrl-C to stop.\n`);
      if (flags.open) openBrowser(server.url);
      // Ctrl-C stops the preview: the server closes and the command ends normally.
      const release = interruption.hold();
      await new Promise<void>((resolve) => {
        if (interruption.signal.aborted) resolve();
        interruption.signal.addEventListener("abort", () => resolve(), { once: true });
      });
      await server.close();
      release();
      io.err("Stopped.\n");
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
