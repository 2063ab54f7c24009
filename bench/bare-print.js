// The floor a build is measured against: one browser launch, one setContent of the final HTML,
// one tagged page.pdf with its outline, the bytes written. Run as its own process, like the CLI:
//   node bench/bare-print.js <document.html> <out.pdf>
import { readFileSync, writeFileSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { findBrowser } from "../lib/print/find-browser.js";
import { LAUNCH_FLAGS } from "../lib/print/launch-flags.js";

const [html, out] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: findBrowser({ env: process.env }),
  headless: true,
  pipe: true,
  args: [...LAUNCH_FLAGS],
});
try {
  const page = await browser.newPage();
  await page.setContent(readFileSync(html, "utf8"), { waitUntil: "load", timeout: 0 });
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
    timeout: 0,
  });
  writeFileSync(out, pdf);
} finally {
  await browser.close();
}
