import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { templatesDir } from "../paths/package-root.js";

/** The national facts and document shape every new plan starts from (templates/init/starter.yaml). */
export interface Starter {
  stages: Array<{ id: string; name: string; start: number; end: number }>;
  digital_pillars: Array<{ id: string; name: string }>;
  dimensions: Array<{
    id: string;
    name: string;
    elements: Array<{ id: string; name: string; english: string }>;
  }>;
  chapters: Array<{
    id: string;
    title: string;
    sections?: Array<{ id: string; title: string } | { block: string }>;
    blocks?: string[];
  }>;
  legal_basis: string[];
  /** Mengingat of the regulation: national laws with where they were promulgated. */
  regulation_basis: Array<{ title: string; amended?: string; gazette: unknown }>;
  glossary: Array<{ term: string; meaning: string; foreign: boolean }>;
}

export async function loadStarter(): Promise<Starter> {
  return parse(await readFile(path.join(templatesDir, "init", "starter.yaml"), "utf8")) as Starter;
}
