// Loaded with `node --import` by the benchmark: at exit, the process writes its own peak
// resident size (RUSAGE_SELF, so no child is counted) to the file named by MASTERPLAN_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.MASTERPLAN_RSS_FILE;
if (file)
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
