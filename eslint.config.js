import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Stages run load → validate → … → build; each may import only earlier ones. `format` (fmt),
// `diff`, `export`, `serve` (watch) and `scaffold` (init, new) are stages of their own, read by the CLI and, for
// diff, by the model and the build.
const stages = [
  "load",
  "validate",
  "format",
  "diff",
  "model",
  "render",
  "export",
  "serve",
  "print",
  "build",
];
const laterThan = (stage) => stages.slice(stages.indexOf(stage) + 1);

const boundaries = stages.map((stage) => ({
  files: [`src/${stage}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["**/cli/**", "**/cli/*", ...laterThan(stage).map((s) => `**/${s}/**`)],
            message: `The ${stage} stage may not import the CLI or a later stage.`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "lib/",
      "dist/",
      "node_modules/",
      "coverage/",
      "src/types/generated/",
      "src/validate/generated/",
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
  ...boundaries,
  {
    files: ["src/diagnostics/**/*.ts", "src/types/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/cli/**", "**/cli/*"], message: "Nothing imports the CLI." }] },
      ],
    },
  },
);
