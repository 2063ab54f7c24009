import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { LspClient } from "../helpers/lsp.js";

// An editor with the YAML extension runs yaml-language-server; the files' schema modelines
// and the schemas' Indonesian titles are what it shows. This test is that editor.
const FILE = path.resolve("masterplan/programs/governance/matur-bupati-terpadu.yaml");
const uri = pathToFileURL(FILE).href;
const settings = {
  yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } },
};
let lsp: LspClient;
// The program without its optional `acronym`, and with a wrong type for `quick_win`.
const text = readFileSync(FILE, "utf8")
  .replace(/^acronym: .*\n/m, "")
  .replace("quick_win: true", 'quick_win: "ya"');
const lines = text.split("\n");

beforeAll(async () => {
  lsp = new LspClient(
    process.execPath,
    [path.resolve("node_modules/yaml-language-server/bin/yaml-language-server"), "--stdio"],
    settings,
  );
  await lsp.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(process.cwd()).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ["markdown", "plaintext"] },
      },
    },
  });
  lsp.notify("initialized", {});
  lsp.notify("workspace/didChangeConfiguration", { settings });
});

afterAll(async () => {
  await lsp?.close();
});

it("reports a wrong type, found through the file's schema modeline", async () => {
  const diagnostics = lsp.waitFor<{
    uri: string;
    diagnostics: Array<{ message: string; range: { start: { line: number } } }>;
  }>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.diagnostics.length > 0);
  lsp.notify("textDocument/didOpen", {
    textDocument: { uri, languageId: "yaml", version: 1, text },
  });
  const { diagnostics: found } = await diagnostics;
  const line = lines.findIndex((l) => l.startsWith("quick_win:"));
  const problem = found.find((d) => d.range.start.line === line);
  expect(problem?.message).toMatch(/Incorrect type\. Expected "boolean"/);
});

it("completes the program keys the file does not have yet", async () => {
  const line = lines.findIndex((l) => l.startsWith("status:"));
  const result = await lsp.request<{ items: Array<{ label: string }> } | Array<{ label: string }>>(
    "textDocument/completion",
    { textDocument: { uri }, position: { line, character: 0 } },
  );
  const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
  expect(labels).toContain("acronym");
  expect(labels).toContain("objective");
});

it("explains a key in Indonesian on hover", async () => {
  const line = lines.findIndex((l) => l.startsWith("lead_agency:"));
  const hover = await lsp.request<{ contents: { value: string } | string }>("textDocument/hover", {
    textDocument: { uri },
    position: { line, character: 2 },
  });
  const value = typeof hover.contents === "string" ? hover.contents : hover.contents.value;
  expect(value).toContain("OPD pengampu");
  expect(value).toContain("Kode OPD dari agencies.yaml");
});
