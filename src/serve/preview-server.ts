import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { displayPath } from "../diagnostics/display-path.js";
import type { FontOptions } from "../load/theme-fonts.js";
import { PlanWatcher } from "./plan-watcher.js";
import { Preview, type PreviewState } from "./preview.js";
import { t, tn } from "../i18n/language.js";

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
  const site: Site = { port: options.port, clients: new Set(), shown: preview.current };
  let watcher: PlanWatcher | null = null;
  const rebuilds = new Rebuilds(async () => {
    // Folders added, moved or renamed since the last change are watched from now on.
    watcher?.rearm();
    site.shown = await rebuildState(preview, options.root, () => rebuilds.schedule());
    options.onRebuild?.(site.shown);
    for (const client of site.clients) client.write("event: reload\ndata: \n\n");
  });
  await rebuilds.run();
  const server = createServer(requestHandler(site, options.cwd));
  // A slow or idle client holds a connection only briefly, and only so many at once.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.maxConnections = MAX_CONNECTIONS;
  await listen(server, options.port);
  site.port = (server.address() as AddressInfo).port;
  watcher = new PlanWatcher(options.root, () => rebuilds.schedule());
  watcher.start();
  return {
    url: `http://127.0.0.1:${site.port}/`,
    refresh: () => rebuilds.run(),
    async close() {
      rebuilds.stop();
      watcher?.close();
      for (const client of site.clients) client.end();
      // Every connection ends now: an idle one, or one with half a request, holds nothing up.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await rebuilds.idle();
    },
  };
}

/** What the server answers with: its port, the pages following the reload channel, the page. */
interface Site {
  port: number;
  clients: Set<ServerResponse>;
  /** What the page shows: the preview's state, or why the folder could not be read. */
  shown: PreviewState;
}

/**
 * Changes come in bursts (an editor writes, renames, touches): a rebuild runs once they
 * settle, and never two at a time; a change during a rebuild runs one more after it.
 */
class Rebuilds {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly rebuild: () => Promise<void>) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), SETTLE_MS);
  }

  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.rebuild().finally(() => (this.running = null));
    await this.running;
    if (this.again) {
      this.again = false;
      await this.run();
    }
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  async idle(): Promise<void> {
    await this.running;
  }
}

/** The preview rebuilt, or the last good document under why the folder could not be read. */
async function rebuildState(
  preview: Preview,
  root: string,
  retry: () => void,
): Promise<PreviewState> {
  try {
    return await preview.rebuild();
  } catch (e) {
    // A folder that vanished or cannot be read: say so on the page and keep watching.
    const message = e instanceof MasterplanError ? e.message : String(e);
    // Out of file handles for a moment (many clients at once): try again shortly.
    if (/EMFILE|ENFILE/.test(message)) setTimeout(retry, RETRY_MS).unref();
    return {
      ...preview.current,
      current: false,
      diagnostics: [
        { code: "preview/unreadable", severity: "error", file: root, line: 1, column: 1, message },
      ],
    };
  }
}

/** Whatever a request holds, the server answers it and goes on serving. */
function requestHandler(site: Site, cwd: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      answer(site, cwd, req, res);
    } catch {
      if (!res.headersSent) res.writeHead(400).end();
      else res.destroy();
    }
  };
}

function answer(site: Site, cwd: string, req: IncomingMessage, res: ServerResponse): void {
  // Only the analyst's own browser, at this address: a page elsewhere that renamed its host
  // to 127.0.0.1 (DNS rebinding) sends its own Host, and a page of another site its Origin.
  const own = hosts(site.port);
  if (!own.includes((req.headers.host ?? "").toLowerCase())) return void res.writeHead(421).end();
  const origin = req.headers.origin;
  if (origin !== undefined && !own.some((h) => origin.toLowerCase() === `http://${h}`))
    return void res.writeHead(403).end();
  if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405).end();
  const pathname = requestPath(req.url);
  if (pathname === null) return void res.writeHead(400).end();
  if (pathname === "/events") return follow(site, req, res);
  if (pathname !== "/") return void res.writeHead(404).end("Not found\n");
  res.writeHead(200, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": POLICY,
  });
  res.end(page(site.shown, cwd));
}

/** The reload channel: an event stream that says when the document changed. */
function follow(site: Site, req: IncomingMessage, res: ServerResponse): void {
  if (site.clients.size >= MAX_EVENT_CLIENTS)
    return void res
      .writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" })
      .end(`${t("watch.too-many-pages")}\n`);
  res.writeHead(200, {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-store",
    Connection: "keep-alive",
  });
  res.write(": masterplan preview\n\n");
  site.clients.add(res);
  req.on("close", () => site.clients.delete(res));
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new MasterplanError(
          e.code === "EADDRINUSE"
            ? t("watch.port-in-use", { port })
            : t("watch.cannot-serve", { problem: e.code ?? e.message }),
          t("watch.port-hint"),
        ),
      ),
    );
    server.listen(port, "127.0.0.1", resolve);
  });
}

/** How long to wait before a rebuild that ran out of file handles is tried again. */
const RETRY_MS = 500;

/** Pages open on the preview at once: a few tabs, not hundreds. */
const MAX_EVENT_CLIENTS = 16;
/** Connections the server holds at once; more are dropped before they cost a file handle. */
const MAX_CONNECTIONS = 64;

/** The Host headers of this server: the loopback address and its names, with the port. */
function hosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

/** The path a request asks for, or null when its target is not one. */
function requestPath(target: string | undefined): string | null {
  if (target === undefined || !target.startsWith("/")) return null;
  try {
    return new URL(target, "http://127.0.0.1").pathname;
  } catch {
    return null;
  }
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
      `<strong>${escape(tn(state.html ? "watch.banner-last" : "watch.banner-none", errors.length))}</strong><ul style="margin:.3em 0 0;padding-left:1.2em">` +
      errors
        .slice(0, 20)
        .map(
          (d) =>
            `<li><code>${escape(t("pretty.where", { file: displayPath(d.file, cwd), line: d.line, column: d.column }))}</code> ${escape(d.message)}</li>`,
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
