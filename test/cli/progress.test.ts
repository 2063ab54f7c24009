import { expect, it, vi } from "vitest";
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

it("counts the seconds of a long step on a terminal, then shows its time", () => {
  vi.useFakeTimers();
  try {
    const terminal = io({ stderrTty: true });
    const progress = progressReporter(terminal);
    progress.start("print pass 1");
    vi.advanceTimersByTime(2100);
    expect(terminal.text()).toContain("\r  print pass 1               2 s …");
    progress.done("print pass 1", 2270);
    expect(terminal.text().endsWith("\r  print pass 1               2.27 s      \n")).toBe(true);
    const before = terminal.text();
    vi.advanceTimersByTime(1000);
    expect(terminal.text()).toBe(before);
  } finally {
    vi.useRealTimers();
  }
});

it("writes plain lines without timings elsewhere, so CI logs compare cleanly", () => {
  const ci = io({});
  const progress = progressReporter(ci);
  progress.start("print pass 1");
  progress.done("print pass 1", 2270);
  expect(ci.text()).toBe("masterplan: print pass 1 done\n");
});

it("prints nothing when quiet", () => {
  const terminal = io({ stderrTty: true });
  const progress = progressReporter(terminal, { quiet: true });
  progress.start("print pass 1");
  progress.done("print pass 1", 2270);
  expect(terminal.text()).toBe("");
});

it("colours only terminals, and honours NO_COLOR and FORCE_COLOR", () => {
  expect(wantsColor(io({}), true)).toBe(true);
  expect(wantsColor(io({}), false)).toBe(false);
  expect(wantsColor(io({ env: { NO_COLOR: "1" } }), true)).toBe(false);
  expect(wantsColor(io({ env: { FORCE_COLOR: "1" } }), false)).toBe(true);
});

it("names the steps of a document printed in parts with the part, in the user's language", async () => {
  const { stepWords } = await import("../../src/cli/progress.js");
  const { language, setLanguage } = await import("../../src/i18n/language.js");
  const before = language();
  try {
    setLanguage("id");
    expect(stepWords("part 2/9: print pass 1")).toBe("bagian 2/9: cetak tahap 1");
    expect(stepWords("part 1/9: load page")).toBe("bagian 1/9: muat halaman");
    expect(stepWords("join")).toBe("gabung bagian");
    setLanguage("en");
    expect(stepWords("part 3/4: print pass 2")).toBe("part 3/4: print pass 2");
  } finally {
    setLanguage(before);
  }
});
