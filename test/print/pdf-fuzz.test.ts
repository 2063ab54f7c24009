import fc from "fast-check";
import { expect, it } from "vitest";
import { finishPdf } from "../../src/print/finish-pdf.js";
import { destinationsOf } from "../../src/print/pdf-destinations.js";
import { listFonts } from "../../src/print/pdf-fonts.js";
import {
  Name,
  PdfError,
  PdfFile,
  Ref,
  Str,
  serialize,
  type Value,
} from "../../src/print/pdf-file.js";
import { classicPdf } from "../helpers/pdf-bytes.js";
import { propertyRuns } from "../helpers/property-runs.js";

/** A small PDF's objects, with every kind of value the lexer reads. */
const OBJECTS: Record<number, string> = {
  1: "<</Type /Catalog /Pages 2 0 R /Outlines 5 0 R /Names <</Dests 6 0 R>>>>",
  2: "<</Type /Pages /Kids [3 0 R] /Count 1>>",
  3: "<</Type /Page /Parent 2 0 R /MediaBox [0 0 609.12 935.04] /Resources <</Font <</F1 4 0 R>>>> /Annots [7 0 R] /Contents 8 0 R>>",
  4: "<</Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Bonum /FirstChar 32>>",
  5: "<</Type /Outlines /Count 0>>",
  6: "<</Names [(bab-1) [3 0 R /XYZ 0 800 0] <62616232> [3 0 R /Fit]]>>",
  7: "<</Type /Annot /Subtype /Link /Rect [0 0 10 10] /A <</S /URI /URI (file:///etc/passwd)>>>>",
  8: "<</Length 21>>\nstream\nBT /F1 12 Tf (x) Tj ET\nendstream",
};
const SEED = classicPdf(OBJECTS, 1);

const META = {
  title: "Judul (dengan kurung) \\ dan garis miring",
  author: "Pemerintah",
  subject: "LAMPIRAN",
  keywords: ["smart city"],
  creator: "masterplan",
  date: new Date(0),
  paper: { widthMm: 215, heightMm: 330 },
  bookmarkTitles: [],
};

/**
 * Reads a PDF as a build does; only a PdfError may come out of a file it cannot read. True when
 * it read the file through.
 */
function readAsBuild(bytes: Uint8Array): boolean {
  try {
    const pdf = new PdfFile(bytes);
    for (const num of pdf.numbers()) pdf.get(num);
    destinationsOf(pdf);
    listFonts(pdf);
    finishPdf(new PdfFile(bytes), META);
    return true;
  } catch (e) {
    if (!(e instanceof PdfError)) throw e;
    return false;
  }
}

it("reads the seed whole", () => {
  const pdf = new PdfFile(SEED);
  expect(pdf.numbers()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(finishPdf(pdf, META).pages).toBe(1);
});

it("reads any damaged PDF or says why in a PdfError, never another error or a hang", () => {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant("set" as const), at: fc.nat(), byte: fc.nat(255) }),
    fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      text: fc.constantFrom(
        "(",
        ")",
        "<",
        ">",
        "<<",
        ">>",
        "[",
        "]",
        "/",
        "\\",
        "%",
        " R",
        "0 0 R",
        "endobj",
        "stream",
        "\n",
        "-",
        "1e9999",
      ),
    }),
    fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), length: fc.nat(40) }),
  );
  let read = 0;
  let runs = 0;
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      let bytes = Buffer.from(SEED);
      for (const e of edits) {
        const at = e.at % (bytes.length + 1);
        if (e.kind === "set" && at < bytes.length) bytes[at] = e.byte;
        else if (e.kind === "insert")
          bytes = Buffer.concat([
            bytes.subarray(0, at),
            Buffer.from(e.text, "latin1"),
            bytes.subarray(at),
          ]);
        else if (e.kind === "cut")
          bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
      }
      const started = performance.now();
      runs++;
      if (readAsBuild(new Uint8Array(bytes))) read++;
      expect(performance.now() - started).toBeLessThan(2000);
    }),
    { numRuns: propertyRuns(20_000) },
  );
  expect(runs).toBe(propertyRuns(20_000));
  expect(read).toBeGreaterThan(0);
});

it("reads any damaged object in a whole file, or says why in a PdfError", () => {
  // The cross-reference table is written for the damaged objects: the damage reaches the lexer.
  const piece = fc.constantFrom(
    "(",
    ")",
    "<",
    ">",
    "<<",
    ">>",
    "[",
    "]",
    "/",
    "\\",
    "%",
    " R",
    "\n",
    "-",
    ".",
    "1e99",
    "#",
    "endstream",
    "0 0 R",
  );
  const damage = fc.record({
    num: fc.integer({ min: 1, max: 8 }),
    at: fc.nat(),
    cut: fc.nat(6),
    text: fc.array(piece, { maxLength: 3 }).map((p) => p.join("")),
  });
  let read = 0;
  fc.assert(
    fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (list) => {
      const objects = { ...OBJECTS };
      for (const d of list) {
        const body = objects[d.num]!;
        const at = d.at % (body.length + 1);
        objects[d.num] = body.slice(0, at) + d.text + body.slice(at + d.cut);
      }
      if (readAsBuild(new Uint8Array(classicPdf(objects, 1)))) read++;
    }),
    { numRuns: propertyRuns(10_000) },
  );
  expect(read).toBeGreaterThan(propertyRuns(1000));
});

it("makes a PDF the finisher cannot read an environment error naming the browser, exit 2", async () => {
  const { unreadablePdf } = await import("../../src/print/printer.js");
  let error: unknown;
  try {
    new PdfFile(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF"));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PdfError);
  const e = unreadablePdf(error as PdfError, "Chrome/999.0.0.0 (/opt/chrome)");
  expect(e.exitCode).toBe(2);
  expect(e.message).toMatch(
    /^The PDF that Chrome\/999\.0\.0\.0 \(\/opt\/chrome\) printed could not be read: /,
  );
});

/** A value as the test writes it in PDF syntax, and the value a reader must make of it. */
type Written = { text: string; value: Value };

/** A piece of a literal string as written, and the bytes it stands for. */
const piece: fc.Arbitrary<[string, number[]]> = fc.oneof(
  fc
    .integer({ min: 0x20, max: 0x7e })
    .filter((c) => c !== 0x28 && c !== 0x29 && c !== 0x5c)
    .map((c): [string, number[]] => [String.fromCharCode(c), [c]]),
  fc.constantFrom<[string, number[]]>(
    ["\\(", [0x28]],
    ["\\)", [0x29]],
    ["\\\\", [0x5c]],
    ["\\n", [10]],
    ["\\r", [13]],
    ["\\t", [9]],
    ["\\b", [8]],
    ["\\f", [12]],
    ["\\101", [65]],
    ["\\007", [7]],
    ["()", [0x28, 0x29]],
    ["(a(b))", [0x28, 0x61, 0x28, 0x62, 0x29, 0x29]],
  ),
);

/** Literal strings with every escape, parentheses balanced or escaped, and plain ones. */
const literal = fc
  .array(piece, { maxLength: 30 })
  .map((parts) => ({ text: parts.map((p) => p[0]).join(""), bytes: parts.flatMap((p) => p[1]) }));

const written: fc.Arbitrary<Written> = fc.letrec<{ value: Written }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    // Integers of any length, a few past what a double holds exactly.
    fc.bigInt({ min: 0n, max: 10n ** 22n }).map((n) => ({ text: String(n), value: Number(n) })),
    fc
      .tuple(fc.integer({ min: 0, max: 10 ** 7 }), fc.bigInt({ min: 0n, max: 10n ** 17n }))
      .map(([num, gen]) => ({ text: `${num} ${gen} R`, value: new Ref(num, Number(gen)) })),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => ({
      text: n.toFixed(3),
      value: Number(n.toFixed(3)),
    })),
    fc
      .stringMatching(/^[A-Za-z][A-Za-z0-9]{0,30}$/)
      .map((n) => ({ text: `/${n}`, value: new Name(n) })),
    literal.map(({ text, bytes }) => ({
      text: `(${text})`,
      value: new Str(Uint8Array.from(bytes)),
    })),
    fc.array(tie("value"), { maxLength: 4 }).map((items) => ({
      text: `[${items.map((i) => i.text).join(" ")}]`,
      value: items.map((i) => i.value),
    })),
    fc
      .array(fc.tuple(fc.stringMatching(/^[A-Z][a-z]{0,8}$/), tie("value")), { maxLength: 4 })
      .map((entries) => {
        const unique = [...new Map(entries).entries()];
        return {
          text: `<<${unique.map(([k, v]) => `/${k} ${v.text}`).join(" ")}>>`,
          value: new Map(unique.map(([k, v]) => [k, v.value])),
        };
      }),
  ),
})).value;

it("reads every value as written: integers of any length, references, names, strings with escapes", () => {
  fc.assert(
    fc.property(written, ({ text, value }) => {
      const pdf = new PdfFile(classicPdf({ 1: "<</Type /Catalog>>", 2: text }, 1));
      expect(serialize(pdf.get(2))).toBe(serialize(value));
    }),
    { numRuns: propertyRuns(3000) },
  );
});

it("reads a dictionary's few keys as the whole dictionary has them, or fails alike", () => {
  const keys = new Set(["S", "K", "ID", "A"]);
  const token = fc.constantFrom(
    "/S /P",
    "/K 3 0 R",
    "/K [4 0 R 12 5 0 R]",
    "/K 0",
    "/ID (node\\)7)",
    "/ID <6e6f6465>",
    "/A <</O /Table /Headers [(a) (b)]>>",
    "/P 2 0 R",
    "/Pg 9 0 R",
    "/Alt (x (nested) y)",
    "/ActualText <00 41>",
    "/T [1 2.5 -3 true false null]",
    "/Lang (id-ID)",
    "/C [/Name 0 0 R]",
    "/Q <<>>",
  );
  const damage = fc.constantFrom("", "(", ")", "<", ">", "[", "]", "/", "<<", ">>", " R", "\\");
  fc.assert(
    fc.property(fc.array(token, { maxLength: 8 }), damage, fc.nat(200), (entries, cut, at) => {
      const text = `<<${entries.join(" ")}>>`;
      const body = text.slice(0, at % (text.length + 1)) + cut + text.slice(at % (text.length + 1));
      const pdf = new PdfFile(new Uint8Array(classicPdf({ 1: body }, 1)));
      const outcome = (read: () => Value | null) => {
        try {
          return { value: read() };
        } catch (e) {
          if (!(e instanceof PdfError)) throw e;
          return { failed: true };
        }
      };
      const whole = outcome(() => {
        const v = pdf.get(1);
        return v instanceof Map ? new Map([...v].filter(([k]) => keys.has(k))) : null;
      });
      expect(outcome(() => pdf.peek(1, keys))).toEqual(whole);
    }),
    { numRuns: propertyRuns(5_000) },
  );
});
