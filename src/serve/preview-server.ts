import { watch, type FSWatcher } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { displayPath } from "../diagnostics/display-path.js";
import type { FontOptions } from "../load/theme-fonts.js";
import { Preview, type PreviewState } from "./preview.js";

export interface ServeOptions {
  root: string;
  port: number;
  /** Paths in the error banner are shown relative to this folder. */
  cwd: string;
  fonts?: FontOptions;
  /** Called after every rebuild, for the terminal. */
  onRebuild?: (state: PreviewState) => void;
}

export interface PreviewServer {
  url: string;
  /** Rebuilds now, as a change would. */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/** The only script the preview runs: reload when the server says the document changed. */
const LIVE_RELOAD =
  '<script>new EventSource("/events").addEventListener("reload", () => location.reload());</script>';

/**
 * The page loads nothing from anywhere: inline styles and fonts, data images, and one
 * connection back to this server for the reload events.
 */
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; script-src 'unsafe-inline'; connect-src 'self'";

/** Waits this long after a change for the editor to finish saving. */
const SETTLE_MS = 25;

/**
 * Serves a plan's HTML document on 127.0.0.1, rebuilding on every change of its files and
 * telling open pages to reload. A plan with errors keeps showing its last good document under
 * a banner naming the problems. Nothing a plan holds can stop the server.
 */
export async function servePreview(options: ServeOptions): Promise<PreviewServer> {
  const preview = new Preview(options.root, options.fonts);
  const clients = new Set<ServerResponse>();
  await rebuild();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET") return void res.writeHead(405).end();
    if (url.pathname === "/events") {
      res.writeHead(200, {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      res.write(": masterplan preview\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    if (url.pathname !== "/") return void res.writeHead(404).end("Not found\n");
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": POLICY,
    });
    res.end(page(preview.current, options.cwd));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new MasterplanError(
          e.code === "EADDRINUSE"
            ? `Port ${options.port} is in use on 127.0.0.1.`
            : `Cannot serve the preview: ${e.code ?? e.message}.`,
          "Choose another port with --port, or --port 0 for any free one.",
        ),
      ),
    );
    server.listen(options.port, "127.0.0.1", resolve);
  });

  // Changes come in bursts (an editor writes, renames, touches): rebuild once they settle,
  // and never two at a time.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  };
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = rebuild().finally(() => (running = null));
    await running;
    if (again) {
      again = false;
      await run();
    }
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(options.root, { recursive: true }, (_, file) => {
      if (file === null || relevant(String(file))) schedule();
    });
    watcher.on("error", () => undefined);
  } catch (e) {
    server.close();
    throw new MasterplanError(
      `Cannot watch ${options.root} for changes: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
    );
  }

  async function rebuild(): Promise<void> {
    let state: PreviewState;
    try {
      state = await preview.rebuild();
    } catch (e) {
      // A folder that vanished or cannot be read: say so on the page and keep watching.
      const message = e instanceof MasterplanError ? e.message : String(e);
      state = {
        ...preview.current,
        current: false,
        diagnostics: [
          {
            code: "preview/unreadable",
            severity: "error",
            file: options.root,
            line: 1,
            column: 1,
            message,
          },
        ],
      };
    }
    options.onRebuild?.(state);
    for (const client of clients) client.write("event: reload\ndata: \n\n");
  }

  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    refresh: run,
    async close() {
      clearTimeout(timer);
      watcher?.close();
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await running;
    },
  };
}

/** Plan sources and theme files; not the outputs a build may write inside the folder. */
function relevant(file: string): boolean {
  const parts = file.split(path.sep);
  if (parts.some((p) => p === "dist" || p === "node_modules" || p.startsWith("."))) return false;
  return /\.(ya?ml|hbs|css|json|md)$/.test(file);
}

function escape(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
}

/** The document as served: the live-reload script, and a banner while the plan has errors. */
function page(state: PreviewState, cwd: string): string {
  const errors = state.diagnostics.filter((d) => d.severity === "error");
  const banner = errors.length
    ? `<div style="position:sticky;top:0;z-index:9;background:#fde8e8;border:2px solid #b00;padding:.6em 1em;font:14px/1.4 sans-serif;white-space:normal;text-align:left">` +
      `<strong>${errors.length} error${errors.length === 1 ? "" : "s"}: ${state.html ? "showing the last document that built" : "nothing has built yet"}.</strong><ul style="margin:.3em 0 0;padding-left:1.2em">` +
      errors
        .slice(0, 20)
        .map(
          (d) =>
            `<li><code>${escape(displayPath(d.file, cwd))}:${d.line}:${d.column}</code> ${escape(d.message)}</li>`,
        )
        .join("") +
      "</ul></div>"
    : "";
  const body =
    state.html ?? "<!DOCTYPE html><html><head><title>masterplan</title></head><body></body></html>";
  return body
    .replace(/<body([^>]*)>/, (open) => `${open}${banner}`)
    .replace("</body>", `${LIVE_RELOAD}</body>`);
}
