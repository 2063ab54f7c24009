/** A field that changed: its path in the file (`horizon.end`, `agencies[dinkes].name`). */
export interface FieldChange {
  field: string;
  /** Absent (no key) where the field did not exist on that side; null where it was unknown. */
  before?: unknown;
  after?: unknown;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The key a list item is matched by across versions, when its items carry one. */
function itemKey(item: unknown): string | null {
  if (!item || typeof item !== "object" || Array.isArray(item)) return null;
  const o = item as Record<string, unknown>;
  for (const k of ["id", "term", "title", "block"])
    if (typeof o[k] === "string") return o[k] as string;
  return null;
}

/**
 * The changes between two values of a file, at the finest level that still reads as one
 * change: mappings key by key, lists of identified items (id, term, title, block) item by item, any
 * other list as a whole.
 */
export function deepChanges(before: unknown, after: unknown, at: string): FieldChange[] {
  if (sameValue(before, after)) return [];
  const join = (key: string) => (at ? `${at}.${key}` : key);
  if (isObject(before) && isObject(after)) {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].flatMap((k) =>
      deepChanges(before[k], after[k], join(k)),
    );
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const keys = [...before, ...after].map(itemKey);
    if (keys.every((k) => k !== null)) {
      const b = new Map(before.map((x) => [itemKey(x)!, x]));
      const a = new Map(after.map((x) => [itemKey(x)!, x]));
      return [...new Set(keys as string[])].flatMap((k) =>
        deepChanges(b.get(k), a.get(k), `${at}[${k}]`),
      );
    }
  }
  return [
    {
      field: at,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  ];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
