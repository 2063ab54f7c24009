import net from "node:net";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFArray, PDFDict, PDFName, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MasterplanError } from "../../src/diagnostics/masterplan-error.js";
import { finishPdf } from "../../src/print/finish-pdf.js";
import { findBrowser } from "../../src/print/find-browser.js";
import { launchBrowser, type LaunchedBrowser } from "../../src/print/launch-browser.js";
import { printDocument } from "../../src/print/print-document.js";
import { withPolicy } from "../../src/render/document-policy.js";
import { copyPlan, runCli } from "../helpers/cli.js";

/** A loopback server that counts every TCP connection made to it. */
let listener: net.Server;
let port = 0;
let connections = 0;
let browser: LaunchedBrowser;

beforeAll(async () => {
  listener = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((r) => listener.listen(0, "127.0.0.1", r));
  port = (listener.address() as net.AddressInfo).port;
  browser = await launchBrowser(findBrowser(), { protocolTimeoutMs: 60_000 });
});

afterAll(async () => {
  await browser.close();
  await new Promise((r) => listener.close(r));
});

const settle = () => new Promise((r) => setTimeout(r, 300));

describe("a plan's layout override, tried as an attacker would", () => {
  it("is refused before printing, each tag located at its line, and nothing connects", async () => {
    const dir = await copyPlan();
    const url = `http://127.0.0.1:${port}`;
    const layout = (await readFile("templates/default/layout.hbs", "utf8"))
      .replace(
        "<head>",
        `<head>\n<meta http-equiv="refresh" content="0;url=about:blank">\n<link rel="prefetch" href="${url}/prefetch">\n<link rel="preconnect" href="${url}">`,
      )
      .replace(
        "<body>",
        `<body>\n<iframe src="${url}/iframe"></iframe>\n<object data="${url}/object"></object>\n<embed src="${url}/embed">\n<a href="javascript:alert(1)">x</a>`,
      );
    await mkdir(path.join(dir, "templates"));
    await writeFile(path.join(dir, "templates", "layout.hbs"), layout);
    const out = await mkdtemp(path.join(os.tmpdir(), "mp-hostile-"));
    const before = connections;
    const started = Date.now();
    const r = await runCli(["build", dir, "--out", out], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.includes("template/unsafe"));
    expect(lines.map((l) => l.replace(/ error .*?hold (<[^>]*>).*/, " $1"))).toEqual([
      'templates/layout.hbs:4:1 <meta http-equiv="refresh">',
      'templates/layout.hbs:5:1 <link rel="prefetch">',
      'templates/layout.hbs:6:1 <link rel="preconnect">',
      "templates/layout.hbs:18:1 <iframe>",
      "templates/layout.hbs:19:1 <object>",
      "templates/layout.hbs:20:1 <embed>",
      'templates/layout.hbs:21:1 <a href="javascript:alert(1)">',
    ]);
    // A failing build lists its errors, not the plan's warnings.
    expect(r.stderr).not.toMatch(/ warning /);
    expect(await readdir(out)).toEqual([]);
    await settle();
    expect(connections - before).toBe(0);
  });

  it("locates a template error at its own line", async () => {
    const dir = await copyPlan();
    const layout = (await readFile("templates/default/layout.hbs", "utf8")).split("\n");
    layout.splice(13, 0, "  {{noSuchHelper title}}");
    await mkdir(path.join(dir, "templates"));
    await writeFile(path.join(dir, "templates", "layout.hbs"), layout.join("\n"));
    const r = await runCli(["build", dir, "--only", "html", "--out", os.tmpdir()], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'templates/layout.hbs:14:5 error The template could not be rendered: "noSuchHelper" not defined',
    );
  });
});

describe("the printing browser, given what the check would refuse", () => {
  const tags: Record<string, string> = {
    prefetch: `<link rel="prefetch" href="http://127.0.0.1:PORT/prefetch">`,
    preconnect: `<link rel="preconnect" href="http://127.0.0.1:PORT">`,
    "dns-prefetch": `<link rel="dns-prefetch" href="http://127.0.0.1:PORT">`,
    preload: `<link rel="preload" as="image" href="http://127.0.0.1:PORT/preload">`,
    stylesheet: `<link rel="stylesheet" href="http://127.0.0.1:PORT/style.css">`,
    iframe: `<iframe src="http://127.0.0.1:PORT/iframe"></iframe>`,
    object: `<object data="http://127.0.0.1:PORT/object"></object>`,
    embed: `<embed src="http://127.0.0.1:PORT/embed">`,
    img: `<img src="http://127.0.0.1:PORT/img">`,
    "css url": `<p style="background:url(http://127.0.0.1:PORT/bg)">x</p>`,
  };
  for (const [kind, tag] of Object.entries(tags))
    it(`makes no connection for ${kind}`, async () => {
      const html = `<!DOCTYPE html><html><head>${tag.replace("PORT", String(port))}</head><body><h1 id="a">A</h1></body></html>`;
      const before = connections;
      await printDocument({ render: () => withPolicy(html) }, { browser, timeoutMs: 30_000 });
      await settle();
      expect(connections - before).toBe(0);
    });

  it("ends a document that refreshes itself with a clear error, in bounded time", async () => {
    const html = `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=about:blank"></head><body><h1 id="a">A</h1></body></html>`;
    const started = Date.now();
    const e = await printDocument(
      { render: () => withPolicy(html) },
      { browser, timeoutMs: 30_000 },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    // Either the page is printed before it leaves, or the build says that it left.
    if (e !== null) {
      expect(e).toBeInstanceOf(MasterplanError);
      expect((e as Error).message).toContain("left its page");
    }
    expect(Date.now() - started).toBeLessThan(35_000);
  });

  it("keeps only http(s) and internal links in the PDF, whatever the document held", async () => {
    const html = `<!DOCTYPE html><html><head></head><body>
      <h1 id="top">Top</h1>
      <p><a href="https://purbalinggakab.go.id/">web</a> <a href="#top">inside</a>
      <a href="javascript:alert(1)">js</a> <a href="file:///etc/passwd">file</a>
      <a href="ftp://example.org/x">ftp</a></p></body></html>`;
    const printed = await printDocument({ render: () => html }, { browser, timeoutMs: 30_000 });
    const finished = await finishPdf(printed.doc, {
      title: "t",
      author: "a",
      subject: "s",
      keywords: [],
      creator: "masterplan",
      date: new Date(0),
      paper: { widthMm: 215, heightMm: 330 },
      bookmarkTitles: printed.bookmarkTitles,
    });
    const { PDFDocument } = await import("pdf-lib");
    const doc = await PDFDocument.load(finished.pdf);
    const targets: string[] = [];
    for (const page of doc.getPages()) {
      const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
      for (let i = 0; i < (annots?.size() ?? 0); i++) {
        const annot = annots!.lookup(i, PDFDict);
        const uri = annot.lookupMaybe(PDFName.of("A"), PDFDict)?.lookup(PDFName.of("URI"));
        targets.push(uri instanceof PDFString ? uri.decodeText() : "internal");
      }
    }
    expect(targets.sort()).toEqual(["https://purbalinggakab.go.id/", "internal"]);
    expect(finished.removedLinks.length).toBeGreaterThan(0);
    expect(finished.removedLinks.join(" ")).not.toMatch(/https:|internal/);
  });
});
