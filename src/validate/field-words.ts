import type { PathSegment } from "../load/source-file.js";
import type { Words } from "../i18n/language.js";

type JsonSchema = Record<string, unknown>;

/** The keys whose value names the thing a list item is: a program's name, a term. */
const NAME_KEYS = ["name", "title", "term", "text", "id"];

/**
 * A value's place in words a planner reads, from the schema's titles ("Singkatan
 * (Abbreviation)") and the item it belongs to: "singkatan “Dinas Perhubungan”", "the
 * abbreviation of “Dinas Perhubungan”", instead of `agencies.2.abbreviation`.
 */
export function fieldWords(
  schema: JsonSchema,
  data: unknown,
  segments: readonly PathSegment[],
): Words {
  if (segments.length === 0) return { id: "berkas ini", en: "the file" };
  const nodes = schemasAlong(schema, segments);
  const last = segments[segments.length - 1]!;
  const leaf = typeof last === "number" ? null : title(nodes[nodes.length - 1], last);
  // The nearest list item on the way that has a name of its own, or its number in its list.
  let owner: Words | null = null;
  let value: unknown = data;
  if (leaf === null && segments.length === 1)
    return { id: `butir ke-${Number(last) + 1}`, en: `item ${Number(last) + 1}` };
  const values: unknown[] = [data];
  for (const s of segments)
    values.push((value = (value as Record<PathSegment, unknown> | null)?.[s]));
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (typeof s !== "number") continue;
    if (i === segments.length - 1 && leaf === null) {
      // The value is itself an item: "indikator ke-2".
      const list = title(nodes[i - 1], String(segments[i - 1] ?? ""));
      const named = nameOf(values[i + 1]);
      return named
        ? { id: `${list.id} ${named.id}`, en: `${list.en} ${named.en}` }
        : { id: `${list.id} ke-${s + 1}`, en: `item ${s + 1} of ${list.en}` };
    }
    const named = nameOf(values[i + 1]);
    const list = title(nodes[i - 1], String(segments[i - 1] ?? ""));
    owner = named
      ? { id: `${list.id} ${named.id}`, en: named.en }
      : { id: `${list.id} ke-${s + 1}`, en: `${list.en} item ${s + 1}` };
    break;
  }
  const own = leaf!;
  // A key inside a mapping that is not a list item ("gazette.number") says its mapping too.
  const parentKey = segments[segments.length - 2];
  const parent = typeof parentKey === "string" ? title(nodes[nodes.length - 2], parentKey) : null;
  const id = parent ? `${own.id} ${parent.id}` : own.id;
  const en = parent ? `${own.en} of the ${parent.en}` : own.en;
  return owner
    ? { id: `${id} ${owner.id}`, en: `the ${en} of ${owner.en}` }
    : { id, en: `the ${en}` };
}

function nameOf(item: unknown): Words | null {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return null;
  for (const key of NAME_KEYS) {
    const v = (item as Record<string, unknown>)[key];
    if (typeof v === "string" && v.trim()) {
      const short = v.length > 50 ? `${v.slice(0, 50).trimEnd()}…` : v;
      return { id: `“${short}”`, en: `“${short}”` };
    }
  }
  return null;
}

/** "Singkatan (Abbreviation)" → singkatan / abbreviation; without a title, the key itself. */
function title(node: JsonSchema | undefined, key: string): Words {
  const text = typeof node?.title === "string" ? node.title : null;
  const m = text ? /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text) : null;
  if (!m) return { id: `\`${key}\``, en: `\`${key}\`` };
  return { id: lower(m[1]!), en: lower(m[2]!) };
}

/** A title's first letter made small, unless the word is an abbreviation (OPD, RPJPD). */
function lower(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The schema of each value along the path: `nodes[i]` is the schema of `segments[i]`'s value. */
function schemasAlong(
  root: JsonSchema,
  segments: readonly PathSegment[],
): Array<JsonSchema | undefined> {
  const out: Array<JsonSchema | undefined> = [];
  let node: JsonSchema | undefined = root;
  for (const s of segments) {
    node = child(root, node, s);
    out.push(node);
  }
  return out;
}

function child(
  root: JsonSchema,
  node: JsonSchema | undefined,
  s: PathSegment,
): JsonSchema | undefined {
  for (const branch of branches(root, node)) {
    const found =
      typeof s === "number"
        ? (branch.items as JsonSchema | undefined)
        : ((branch.properties as Record<string, JsonSchema> | undefined)?.[s] ??
          (typeof branch.additionalProperties === "object"
            ? (branch.additionalProperties as JsonSchema)
            : undefined));
    if (found) return deref(root, found);
  }
  return undefined;
}

/** A schema and the branches of its oneOf, anyOf and allOf, references followed. */
function branches(root: JsonSchema, node: JsonSchema | undefined): JsonSchema[] {
  if (!node) return [];
  const own = deref(root, node);
  const more = ["oneOf", "anyOf", "allOf"].flatMap((k) =>
    Array.isArray(own[k]) ? (own[k] as JsonSchema[]).flatMap((b) => branches(root, b)) : [],
  );
  return [own, ...more];
}

function deref(root: JsonSchema, node: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split("/")) target = (target as Record<string, unknown>)?.[part];
  // A reference's own title (beside $ref) names the value better than the shared definition's.
  return {
    ...(target as JsonSchema),
    ...(typeof node.title === "string" ? { title: node.title } : {}),
  };
}
