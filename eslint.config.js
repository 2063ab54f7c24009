import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Stages run load → write → validate → … → pipeline; each may import only earlier ones and the
// shared folders. `format` (fmt), `diff`, `export`, `serve` (watch) and `scaffold` (init, new)
// are stages of their own, read by the CLI; `pipeline` assembles the others (prepare, build).
const stages = [
  "load",
  "write",
  "validate",
  "format",
  "model",
  "diff",
  "render",
  "export",
  "print",
  "pipeline",
  "serve",
  "scaffold",
];
/** Folders every stage may use: they import none of the stages, and nothing imports the CLI. */
const shared = ["diagnostics", "types", "text", "budget", "paths", "i18n"];
const laterThan = (stage) => stages.slice(stages.indexOf(stage) + 1);
const glob = (folder) => [`**/${folder}/**`, `**/${folder}/*`];

const boundaries = [
  ...stages.map((stage) => ({
    files: [`src/${stage}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...glob("cli"), ...laterThan(stage).flatMap(glob)],
              message: `The ${stage} stage may not import the CLI or a later stage.`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: shared.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...glob("cli"), ...stages.flatMap(glob)],
              message: "A shared folder may not import the CLI or a stage.",
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      "lib/",
      "dist/",
      "node_modules/",
      "coverage/",
      "src/types/generated/",
      "src/validate/generated/",
      "src/render/generated/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        performance: "readonly",
        fetch: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
        setTimeout: "readonly",
      },
    },
  },
  {
    rules: {
      // `const { key, ...rest } = x` takes `key` out of `rest`, whether or not `key` is read.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // A function a reader can hold in view: longer ones are split into named steps.
    files: ["src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 80, IIFEs: true }] },
  },
  ...boundaries,
);
