import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";

type JsonSchema = Record<string, unknown>;

/** Follows a local `$ref` ("#/$defs/id") to the schema it names. */
function resolve(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  let node = schema;
  for (let hops = 0; node && typeof node.$ref === "string" && hops < 20; hops++) {
    let target: unknown = root;
    for (const part of node.$ref.replace(/^#\//, "").split("/"))
      target = (target as Record<string, unknown> | undefined)?.[part];
    node = target as JsonSchema | undefined;
  }
  return node;
}

/** The branch of a oneOf/anyOf that a mapping fits best: the one declaring most of its keys. */
function branchFor(schema: JsonSchema, root: JsonSchema, keys: readonly string[]): JsonSchema {
  const branches = [...((schema.oneOf ?? schema.anyOf ?? []) as JsonSchema[])]
    .map((b) => resolve(b, root))
    .filter((b): b is JsonSchema => b !== undefined);
  let best = schema;
  let score = -1;
  for (const b of branches) {
    const props = Object.keys((b.properties as JsonSchema | undefined) ?? {});
    const fit = keys.filter((k) => props.includes(k)).length;
    if (props.length && fit > score) {
      best = b;
      score = fit;
    }
  }
  return best;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : "";
}

/**
 * Puts the keys of every mapping in the order its schema declares them, at every depth.
 * Keys the schema does not know keep their order after the known ones. Comments travel with
 * their key, since they belong to the pair's nodes.
 */
export function orderKeys(node: unknown, schema: JsonSchema | undefined, root: JsonSchema): void {
  let s = resolve(schema, root);
  if (!s) return;
  if (isMap(node)) {
    const map = node as YAMLMap;
    const keys = map.items.filter(isPair).map(keyOf);
    if (s.oneOf || s.anyOf) s = branchFor(s, root, keys);
    const properties = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
    const order = Object.keys(properties);
    const rank = (k: string) => {
      const i = order.indexOf(k);
      return i === -1 ? order.length : i;
    };
    // A mapping of free keys (targets by year or stage) is sorted naturally: 2025 before 2030,
    // tahap-2 before tahap-10. Otherwise a stable sort: unknown keys keep their relative order.
    const free = order.length === 0 && typeof s.additionalProperties === "object";
    map.items = [...map.items].sort((a, b) =>
      free
        ? keyOf(a).localeCompare(keyOf(b), "en", { numeric: true })
        : rank(keyOf(a)) - rank(keyOf(b)),
    );
    for (const pair of map.items) {
      const key = keyOf(pair);
      const child =
        properties[key] ??
        (typeof s.additionalProperties === "object"
          ? (s.additionalProperties as JsonSchema)
          : undefined);
      orderKeys(pair.value, child, root);
    }
  } else if (isSeq(node)) {
    if (s.oneOf || s.anyOf) s = branchFor(s, root, []);
    const items = s.items as JsonSchema | undefined;
    for (const item of node.items) orderKeys(item as Node, items, root);
  }
}
