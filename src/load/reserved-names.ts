/** The device names Windows keeps: no file may be called so, with any extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Whether a file name (or the id a file is named after) cannot be checked out on Windows:
 * `con.yaml`, `nul.yaml` and the like are devices there, whatever follows the first dot.
 */
export function reservedName(name: string): boolean {
  return RESERVED.test(name.split(".")[0]!.trimEnd());
}
