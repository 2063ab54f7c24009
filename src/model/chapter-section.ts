import type { ChapterInput } from "../types/generated/chapter.js";

/** A narrative section as written in a chapter file. */
export type ChapterSection = NonNullable<ChapterInput["sections"]>[number];
