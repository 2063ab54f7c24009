#!/usr/bin/env node
import { run } from "../lib/cli/run.js";

process.exitCode = await run(process.argv);
