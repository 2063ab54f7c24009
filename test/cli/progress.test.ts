import { expect, it } from "vitest";
import { wantsColor, type Io } from "../../src/cli/io.js";
import { progressReporter } from "../../src/cli/progress.js";

const io = (over: Partial<Io>): Io & { text: () => string } => {
  let err = "";
  return {
    out: () => undefined,
    err: (t) => void (err += t),
    stdoutTty: false,
    stderrTty: false,
    cwd: "/",
    env: {},
    ...over,
    text: () => err,
  };
};

it("shows step names with timings on a terminal", () => {
  const terminal = io({ stderrTty: true });
  progressReporter(terminal)("print pass 1", 2270);
  expect(terminal.text()).toBe("  print pass 1     2.27 s\n");
});

it("writes plain lines without timings elsewhere, so CI logs compare cleanly", () => {
  const ci = io({});
  progressReporter(ci)("print pass 1", 2270);
  expect(ci.text()).toBe("masterplan: print pass 1 done\n");
});

it("colours only terminals, and honours NO_COLOR and FORCE_COLOR", () => {
  expect(wantsColor(io({}), true)).toBe(true);
  expect(wantsColor(io({}), false)).toBe(false);
  expect(wantsColor(io({ env: { NO_COLOR: "1" } }), true)).toBe(false);
  expect(wantsColor(io({ env: { FORCE_COLOR: "1" } }), false)).toBe(true);
});
