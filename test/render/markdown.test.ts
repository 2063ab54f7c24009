import { expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../src/render/markdown.js";
import { byTag, elements, readFragment, textOf } from "../helpers/html.js";

it("renders ordinary markdown", () => {
  expect(renderMarkdown("Teks **tebal** dan [tautan](https://purbalinggakab.go.id).")).toBe(
    '<p>Teks <strong>tebal</strong> dan <a href="https://purbalinggakab.go.id">tautan</a>.</p>\n',
  );
});

it("shows raw HTML as text", () => {
  const html = renderMarkdown(
    '<script>alert(1)</script> <img src="http://127.0.0.1:9/x.png"> <iframe src="http://x"></iframe>',
  );
  const root = readFragment(html);
  expect(elements(root).map((e) => e.tagName)).toEqual(["p"]);
  expect(textOf(root)).toContain("<script>alert(1)</script>");
});

it("shows a javascript: or other non-web link as text", () => {
  for (const url of [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "file:///etc/passwd",
    "data:text/html,x",
    "vbscript:x",
  ]) {
    const html = renderMarkdown(`[klik](${url})`);
    expect(byTag(readFragment(html), "a"), url).toEqual([]);
    expect(textOf(readFragment(html)), url).toContain("[klik]");
  }
});

it("shows an image as its description and loads nothing", () => {
  const html = renderMarkdown("![peta lokasi](http://127.0.0.1:9/peta.png)");
  const root = readFragment(html);
  expect(byTag(root, "img")).toEqual([]);
  expect(elements(root).filter((e) => e.attrs.some((a) => a.name === "src"))).toEqual([]);
  expect(textOf(root)).toContain("[peta lokasi]");
});

it("sets the glossary's foreign terms in italics, but not inside emphasis or code", () => {
  const render = createMarkdown(["smart city", "single sign-on"]);
  expect(render("Kota cerdas (smart city) dan Single Sign-On.")).toBe(
    '<p>Kota cerdas (<em class="foreign">smart city</em>) dan <em class="foreign">Single Sign-On</em>.</p>\n',
  );
  expect(render("*Smart city* dan `smart city`")).toBe(
    "<p><em>Smart city</em> dan <code>smart city</code></p>\n",
  );
  expect(render("smartcityku")).toBe("<p>smartcityku</p>\n");
});
