import path from "node:path";
import { fileURLToPath } from "node:url";

/** The installed package's root: `src/paths` and `lib/paths` both sit two levels below it. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const schemasDir = path.join(packageRoot, "schemas");
export const templatesDir = path.join(packageRoot, "templates");
