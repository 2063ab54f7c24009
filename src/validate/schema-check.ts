import { readFileSync } from "node:fs";
import path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FileKind } from "../load/load-plan.js";
import { locate, type PathSegment, type SourceFile } from "../load/source-file.js";
import { schemasDir } from "../paths/package-root.js";
import { closest, didYouMean } from "./did-you-mean.js";
import { fieldWords } from "./field-words.js";
import { capital } from "../text/capital.js";
import { CATALOGS, t, type MessageKey, type Words } from "../i18n/language.js";
import * as generated from "./generated/validators.js";

export const SCHEMA_FILES: Record<FileKind, string> = {
  manifest: "manifest.schema.json",
  agencies: "agencies.schema.json",
  rpjpd: "rpjpd.schema.json",
  glossary: "glossary.schema.json",
  readiness: "readiness.schema.json",
  swot: "swot.schema.json",
  regulation: "regulation.schema.json",
  chapter: "chapter.schema.json",
  dimension: "dimension.schema.json",
  program: "program.schema.json",
};

type JsonSchema = Record<string, unknown>;

/** The schemas' pattern for a name: visible characters at both ends. */
const VISIBLE_ENDS = "^\\S(?:.*\\S)?$";
let loaded: Map<FileKind, JsonSchema> | undefined;
let compiled: Map<FileKind, { validate: ValidateFunction; schema: JsonSchema }> | undefined;

/** The JSON Schema of a kind of plan file, read once per process. */
export function schemaFor(kind: FileKind): JsonSchema {
  loaded ??= new Map(
    (Object.entries(SCHEMA_FILES) as Array<[FileKind, string]>).map(([k, file]) => [
      k,
      JSON.parse(readFileSync(path.join(schemasDir, file), "utf8")) as JsonSchema,
    ]),
  );
  return loaded.get(kind)!;
}

/**
 * The validator of every kind, compiled ahead of time from the schemas with ajv's standalone
 * code (`npm run gen:validators`; a test keeps it in step), so no schema is compiled at start.
 */
function validators(): Map<FileKind, { validate: ValidateFunction; schema: JsonSchema }> {
  compiled ??= new Map(
    (Object.keys(SCHEMA_FILES) as FileKind[]).map((kind) => [
      kind,
      {
        validate: generated[kind] as ValidateFunction,
        schema: schemaFor(kind),
      },
    ]),
  );
  return compiled;
}

/** What each parsed file gave against its schema: a file parsed once is checked once. */
const checked = new WeakMap<SourceFile, Diagnostic[]>();

/** Checks one parsed file against the schema of its kind. */
export function checkSchema(kind: FileKind, file: SourceFile): Diagnostic[] {
  const known = checked.get(file);
  if (known) return known;
  const entry = validators().get(kind);
  if (!entry) throw new Error(`no schema for ${kind}`);
  const found = checkWith(entry.validate, entry.schema, file);
  checked.set(file, found);
  return found;
}

/** A file's data against a compiled schema, each problem located in the file. */
export function checkWith(
  validate: ValidateFunction,
  schema: JsonSchema,
  file: SourceFile,
): Diagnostic[] {
  return validate(file.data)
    ? []
    : collapse(validate.errors ?? []).map((e) => toDiagnostic(e, file, schema));
}

/**
 * Ajv reports every failed branch of a oneOf/anyOf. Keep what helps: drop the combinator
 * errors, merge type errors at one place, and where a branch failed for a reason other
 * than type, drop the sibling branches' type errors (the value had that branch's type).
 */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const plain = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf");
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of plain) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const out: ErrorObject[] = [];
  for (const group of byPath.values()) {
    const typeErrors = group.filter((e) => e.keyword === "type");
    const others = group.filter((e) => e.keyword !== "type");
    if (others.length > 0) out.push(...others);
    else if (typeErrors.length > 0) {
      const types = [...new Set(typeErrors.flatMap((e) => String(e.params.type).split(",")))];
      out.push({ ...typeErrors[0]!, params: { type: types.join(",") } });
    }
  }
  // A misspelt key is one mistake, not two: keep "unknown key, did you mean" and drop
  // "missing required key" when the unknown key is a typo of the missing one.
  return out.filter(
    (e) =>
      e.keyword !== "required" ||
      !out.some(
        (o) =>
          o.keyword === "additionalProperties" &&
          o.instancePath === e.instancePath &&
          closest(String(o.params.additionalProperty), [String(e.params.missingProperty)]) !==
            undefined,
      ),
  );
}

/** What a schema error says of the value it is about: its message, hint, and place. */
interface Wording {
  message: string;
  hint?: string | undefined;
  /** Another code than `schema/<keyword>`. */
  code?: string;
  /** Where it points, when not at the value (the key of an unknown property). */
  at?: { path: PathSegment[]; key: boolean };
}

interface ErrorContext {
  e: ErrorObject;
  file: SourceFile;
  schema: JsonSchema;
  segments: PathSegment[];
  /** The value's place in words: "singkatan “Dinas Perhubungan”", "berkas ini". */
  field: Words;
}

/** The words of each kind of schema error; any other says what ajv says, in English only. */
const WORDINGS: Record<string, (c: ErrorContext) => Wording> = {
  required: ({ e, field }) => {
    const key = String(e.params.missingProperty);
    return {
      message: capital(t("schema.required", { field, key })),
      hint: t("schema.required-hint", { key }),
    };
  },
  additionalProperties: ({ e, schema, segments }) => {
    const key = String(e.params.additionalProperty);
    const known = Object.keys(propertiesAt(schema, e.schemaPath));
    return {
      message: t("schema.unknown-key", { key }),
      hint:
        didYouMean(key, known) ??
        (known.length ? t("schema.known-keys", { keys: known.join(", ") }) : undefined),
      at: { path: [...segments, key], key: true },
    };
  },
  enum: ({ e, file, segments, field }) => {
    const allowed = (e.params.allowedValues as unknown[]).filter((v) => v !== null).map(String);
    const value = valueAt(file.data, segments);
    return {
      message: capital(t("schema.enum", { field, allowed: allowed.join(", ") })),
      hint: typeof value === "string" ? didYouMean(value, allowed) : undefined,
    };
  },
  type: ({ e, file, segments, field }) => {
    const types = String(e.params.type).split(",").map(typeWord);
    return {
      message: capital(
        t("schema.type", {
          field,
          types: types.join(` ${t("schema.or")} `),
          found: describe(valueAt(file.data, segments)),
        }),
      ),
    };
  },
  pattern: ({ e, field }) => ({
    message: capital(
      /a-z0-9/.test(String(e.params.pattern))
        ? t("schema.pattern-id", { field })
        : String(e.params.pattern) === VISIBLE_ENDS
          ? t("schema.pattern-visible", { field })
          : t("schema.pattern", { field, pattern: String(e.params.pattern) }),
    ),
  }),
  const: ({ e, file, segments, field }) => {
    if (segments.length !== 1 || segments[0] !== "schema_version")
      return {
        message: capital(
          t("schema.const", { field, value: JSON.stringify(e.params.allowedValue) }),
        ),
      };
    const found = valueAt(file.data, segments);
    const newer = typeof found === "number" && found > Number(e.params.allowedValue);
    const wanted = JSON.stringify(e.params.allowedValue);
    return {
      code: "schema/version",
      message: t("schema.version", { found: JSON.stringify(found), wanted }),
      hint: newer ? t("schema.version-newer") : t("schema.version-older", { wanted }),
    };
  },
  propertyNames: ({ field }) => ({ message: t("schema.property-names", { field }) }),
  minimum: ({ e, field }) => ({
    message: capital(t("schema.minimum", { field, limit: String(e.params.limit) })),
  }),
  maximum: ({ e, field }) => ({
    message: capital(t("schema.maximum", { field, limit: String(e.params.limit) })),
  }),
  minLength: ({ field }) => ({ message: capital(t("schema.min-length", { field })) }),
  minItems: ({ e, field }) => ({
    message: capital(t("schema.min-items", { field, limit: String(e.params.limit) })),
  }),
  uniqueItems: ({ field }) => ({ message: capital(t("schema.unique-items", { field })) }),
  minProperties: ({ field }) => ({ message: capital(t("schema.min-properties", { field })) }),
};

function toDiagnostic(e: ErrorObject, file: SourceFile, schema: JsonSchema): Diagnostic {
  const segments = pointerSegments(e.instancePath, file.data);
  const field = fieldWords(schema, file.data, segments);
  const wording = WORDINGS[e.keyword]?.({ e, file, schema, segments, field }) ?? {
    message: capital(t("schema.other", { field, rule: e.keyword })),
  };
  const at = wording.at ?? { path: segments, key: false };
  return {
    code: wording.code ?? `schema/${kebab(e.keyword)}`,
    severity: "error",
    ...locate(file, at.path, at.key),
    message: wording.message,
    ...(wording.hint ? { hint: wording.hint } : {}),
  };
}

function pointerSegments(pointer: string, data: unknown): PathSegment[] {
  if (pointer === "") return [];
  const out: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const step: PathSegment = Array.isArray(node) && /^\d+$/.test(seg) ? Number(seg) : seg;
    out.push(step);
    node = (node as Record<PathSegment, unknown> | undefined)?.[step];
  }
  return out;
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const s of segments) node = (node as Record<PathSegment, unknown> | undefined)?.[s];
  return node;
}

/** The properties declared by the schema object that produced an error. */
function propertiesAt(schema: JsonSchema, schemaPath: string): Record<string, unknown> {
  let node: unknown = schema;
  const parts = schemaPath.replace(/^#\//, "").split("/").slice(0, -1);
  for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
  return ((node as JsonSchema | undefined)?.properties as Record<string, unknown>) ?? {};
}

function typeWord(t_: string): string {
  const key = `schema.type.${t_}` as MessageKey;
  return key in CATALOGS.en ? t(key) : t_;
}

function describe(v: unknown): string {
  if (v === null) return t("schema.found.empty");
  if (Array.isArray(v)) return t("schema.found.list");
  if (typeof v === "string")
    return t("schema.found.text", {
      text: JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v),
    });
  if (typeof v === "number")
    return t(Number.isInteger(v) ? "schema.found.number" : "schema.found.fraction", { n: v });
  if (typeof v === "boolean") return String(v);
  return t("schema.found.mapping");
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The part of a file that passes its schema: its data with each value the schema refused set
 * to null, or its key left out, wherever that lets the rest pass; and the paths so treated. The
 * cross-reference rules then judge the rest of the file too (a misspelt status does not hide an
 * unknown agency). Null when the file cannot pass that way (a required key missing).
 */
export function passingPart(
  kind: FileKind,
  file: SourceFile,
): { data: unknown; refused: PathSegment[][] } | null {
  const { validate } = validators().get(kind)!;
  if (validate(file.data) || typeof file.data !== "object" || file.data === null) return null;
  const data = structuredClone(file.data) as Record<string, unknown>;
  const refused = new Map<string, PathSegment[]>();
  for (let round = 0; round < 4; round++) {
    if (validate(data)) return { data, refused: [...refused.values()] };
    let changed = false;
    // A oneOf reports each failed branch at the same place: treat the place once a round.
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      // An object missing a required key is refused whole; a file missing one is not checked.
      const segments = pointer(data, e.instancePath);
      if (e.keyword === "additionalProperties") segments.push(String(e.params.additionalProperty));
      if (segments.length === 0) return null;
      const key = segments.join("/");
      if (seen.has(key)) continue;
      seen.add(key);
      const parent = walkTo(data, segments.slice(0, -1));
      const last = segments[segments.length - 1]!;
      if (!parent || !(last in parent)) continue;
      // First try null (an unknown fact), then leaving the key out.
      const value = (parent as Record<string, unknown>)[last];
      if (value === null || e.keyword === "additionalProperties" || refused.has(key)) {
        if (Array.isArray(parent)) continue;
        delete (parent as Record<string, unknown>)[last];
      } else (parent as Record<string, unknown>)[last] = null;
      refused.set(key, segments);
      changed = true;
    }
    if (!changed) return null;
  }
  return validate(data) ? { data, refused: [...refused.values()] } : null;
}

/** A JSON pointer's segments, array indexes as numbers. */
function pointer(data: unknown, instancePath: string): PathSegment[] {
  const out: PathSegment[] = [];
  let node = data;
  for (const raw of instancePath.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const segment: PathSegment = Array.isArray(node) ? Number(seg) : seg;
    out.push(segment);
    node = (node as Record<string, unknown> | undefined)?.[seg];
  }
  return out;
}

function walkTo(data: unknown, segments: readonly PathSegment[]): object | null {
  let node = data;
  for (const s of segments) node = (node as Record<string, unknown> | null)?.[s as string];
  return typeof node === "object" && node !== null ? node : null;
}
