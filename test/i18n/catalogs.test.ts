import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { en } from "../../src/i18n/en.js";
import { id } from "../../src/i18n/id.js";
import { listWords, pickLanguage, setLanguage, t, tn } from "../../src/i18n/language.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

it("has every key in both catalogs, with the same places to fill", () => {
  expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en) as Array<keyof typeof en>) {
    expect(placeholders(id[key]), key).toEqual(placeholders(en[key]));
    expect(id[key].trim(), key).not.toBe("");
  }
});

it("a key missing from a catalog is found, so the test above can fail", () => {
  const { ["summary.none"]: _dropped, ...short } = id;
  expect(Object.keys(short).sort()).not.toEqual(Object.keys(en).sort());
});

/** Keys made at run time from a prefix: a YAML error code, a schema type, an errno. */
const DYNAMIC = /^(yaml\.code\.|schema\.type\.|swot\.|out\.E|id\.kind\.|progress\.|policy\.)/;

it("every key is used by the code, and every key the code names is in the catalog", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith(".ts") && !/i18n.(en|id)\.ts$/.test(file)) files.push(file);
    }
  };
  walk("src");
  const code = files.map((f) => readFileSync(f, "utf8")).join("\n");
  const unused = Object.keys(en).filter(
    (k) => !DYNAMIC.test(k) && !k.endsWith(".one") && !code.includes(`"${k}"`),
  );
  expect(unused).toEqual([]);
  // Only the files that take `t` from the catalogs; other modules have a `t` of their own.
  const speaking = files
    .map((f) => readFileSync(f, "utf8"))
    .filter((text) => /import \{[^}]*\bt\b[^}]*\} from "[./]*i18n\/language\.js"/.test(text))
    .join("\n");
  const named = [...speaking.matchAll(/\bt[n]?\(\s*"([a-z][\w.-]*)"/g)].map((m) => m[1]!);
  expect(named.filter((k) => !(k in en))).toEqual([]);
});

it("picks Indonesian unless asked for English, by flag, MASTERPLAN_LANG or the locale", () => {
  expect(pickLanguage(undefined, {})).toBe("id");
  expect(pickLanguage(undefined, { LANG: "C.UTF-8" })).toBe("id");
  expect(pickLanguage(undefined, { LANG: "id_ID.UTF-8" })).toBe("id");
  expect(pickLanguage(undefined, { LANG: "en_US.UTF-8" })).toBe("en");
  expect(pickLanguage(undefined, { LC_MESSAGES: "en_GB", LANG: "id_ID" })).toBe("en");
  // LC_ALL wins over LC_MESSAGES and LANG, as POSIX orders them.
  expect(pickLanguage(undefined, { LC_ALL: "id_ID", LC_MESSAGES: "en_US" })).toBe("id");
  expect(pickLanguage(undefined, { MASTERPLAN_LANG: "en", LANG: "id_ID" })).toBe("en");
  expect(pickLanguage("id", { MASTERPLAN_LANG: "en" })).toBe("id");
  expect(pickLanguage("en", {})).toBe("en");
  // A word that merely begins with the letters is not English.
  expect(pickLanguage(undefined, { LANG: "enx" })).toBe("id");
});

it("fills places, picks the singular in English, and lists with the language's conjunction", () => {
  try {
    setLanguage("en");
    expect(tn("summary.errors", 1)).toBe("1 error");
    expect(tn("summary.errors", 3)).toBe("3 errors");
    expect(t("agency.unknown", { id: "dishub" })).toBe(
      "The agency `dishub` is not in agencies.yaml.",
    );
    expect(listWords(["a", "b", "c"])).toBe("a, b, and c");
    setLanguage("id");
    expect(tn("summary.errors", 1)).toBe("1 kesalahan");
    expect(tn("summary.errors", 3)).toBe("3 kesalahan");
    expect(t("agency.unknown", { id: "dishub" })).toBe(
      "Perangkat daerah `dishub` tidak ada di agencies.yaml.",
    );
    expect(listWords(["a", "b"])).toBe("a dan b");
  } finally {
    setLanguage("en");
  }
});
