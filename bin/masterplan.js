#!/usr/bin/env node
// Signals are trapped before anything else loads, so that an early Ctrl-C or SIGTERM ends the
// same way as a late one.
import { trapSignals } from "../lib/cli/signals.js";

const interruption = trapSignals();
const { run } = await import("../lib/cli/run.js");
process.exitCode = await run(process.argv, undefined, interruption);
