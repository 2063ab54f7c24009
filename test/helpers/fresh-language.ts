import { beforeAll } from "vitest";
import { pickLanguage, setLanguage } from "../../src/i18n/language.js";

// `npm run test:fast` runs the test files of a worker one after another in one process: each
// file starts in the language its environment asks for, whatever the file before it set.
beforeAll(() => setLanguage(pickLanguage(undefined, process.env)));
