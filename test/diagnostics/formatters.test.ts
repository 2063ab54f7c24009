import { expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../src/diagnostics/format.js";

const diagnostics: Diagnostic[] = [
  {
    file: "/work/plan/programs/a.yaml",
    line: 3,
    column: 14,
    code: "ref/unknown-agency",
    severity: "error",
    message: "The agency `dinkomnfo` is not in agencies.yaml.",
    hint: "Did you mean `dinkominfo`?",
  },
  {
    file: "/work/plan/rpjpd.yaml",
    line: 10,
    column: 9,
    code: "blank/left-blank",
    severity: "warning",
    message: "`vision` is left blank; the document shows a visible blank.",
  },
];
const options = {
  cwd: "/work",
  color: false,
  sources: new Map([["/work/plan/programs/a.yaml", "id: a\nname: A\nlead_agency: dinkomnfo\n"]]),
};

it("pretty shows location, message, code frame, hint and summary", () => {
  expect(formatDiagnostics("pretty", diagnostics, options)).toMatchInlineSnapshot(`
    "plan/programs/a.yaml:3:14 error The agency \`dinkomnfo\` is not in agencies.yaml. ref/unknown-agency
      2 | name: A
      3 | lead_agency: dinkomnfo
        |              ^
      hint: Did you mean \`dinkominfo\`?

    plan/rpjpd.yaml:10:9 warning \`vision\` is left blank; the document shows a visible blank. blank/left-blank

    1 error, 1 warning.
    "
  `);
});

it("pretty says so when there is nothing to report", () => {
  expect(formatDiagnostics("pretty", [], options)).toBe("No problems found.\n");
});

it("compact prints one line per problem", () => {
  expect(formatDiagnostics("compact", diagnostics, options)).toBe(
    "plan/programs/a.yaml:3:14: error The agency `dinkomnfo` is not in agencies.yaml. [ref/unknown-agency]\n" +
      "plan/rpjpd.yaml:10:9: warning `vision` is left blank; the document shows a visible blank. [blank/left-blank]\n",
  );
});

it("json has the documented shape", () => {
  const report = JSON.parse(formatDiagnostics("json", diagnostics, options));
  expect(report.version).toBe(1);
  expect(report.summary).toEqual({ errors: 1, warnings: 1 });
  expect(report.diagnostics[0]).toEqual({
    file: "plan/programs/a.yaml",
    line: 3,
    column: 14,
    code: "ref/unknown-agency",
    severity: "error",
    message: "The agency `dinkomnfo` is not in agencies.yaml.",
    hint: "Did you mean `dinkominfo`?",
  });
});

it("github writes escaped workflow annotations", () => {
  expect(formatDiagnostics("github", diagnostics, options).split("\n")[0]).toBe(
    "::error file=plan/programs/a.yaml,line=3,col=14,title=ref/unknown-agency::The agency `dinkomnfo` is not in agencies.yaml.%0ADid you mean `dinkominfo`?",
  );
});

it("writes control and bidirectional characters of file names and messages as escapes", () => {
  const odd: Diagnostic = {
    file: "/work/plan/programs/a\u202egnp.yaml",
    line: 1,
    column: 1,
    code: "load/ignored-file",
    severity: "warning",
    message: "This is a link to /tmp/\u001b[2Jx, outside the plan folder, so it is not read.",
  };
  for (const format of ["pretty", "compact"] as const) {
    const out = formatDiagnostics(format, [odd], { cwd: "/work/plan", color: false });
    expect(out, format).toContain("programs/a\\u{202e}gnp.yaml:1:1");
    expect(out, format).toContain("/tmp/\\u{001b}[2Jx");
    expect(out.includes("\u001b") || out.includes("\u202e"), format).toBe(false);
  }
});

it("writes control characters from the plan out visibly in every format", () => {
  const hostile: Diagnostic[] = [
    {
      file: "/work/plan/programs/a.yaml",
      line: 3,
      column: 14,
      code: "ref/unknown-agency",
      severity: "error",
      message: "The agency `\u001b[2J\u0007dinkes` is not in agencies.yaml.",
      hint: "Did you mean `\u001b]0;x\u0007`?",
    },
  ];
  for (const format of ["pretty", "compact", "github", "json"] as const) {
    const out = formatDiagnostics(format, hostile, options);
    // The control characters are what the pattern is for.
    // eslint-disable-next-line no-control-regex
    expect(out, format).not.toMatch(/[\u001b\u0007]/);
  }
  expect(formatDiagnostics("github", hostile, options)).toContain("\\u{001b}[2J\\u{0007}dinkes");
});

it("names the revision a file was read from", () => {
  const fromGit: Diagnostic[] = [{ ...diagnostics[0]!, revision: "HEAD~1" }];
  expect(formatDiagnostics("compact", fromGit, options)).toMatch(
    /^HEAD~1:plan\/programs\/a\.yaml:3:14: error/,
  );
  expect(JSON.parse(formatDiagnostics("json", fromGit, options)).diagnostics[0]).toMatchObject({
    file: "plan/programs/a.yaml",
    revision: "HEAD~1",
  });
});
