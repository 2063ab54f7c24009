// A plan grown from the bundled one: each program copied `factor` times under new ids
// (`<id>-2`, …), not a quick win and depending on nothing. The bench's plans of hundreds and
// thousands of programs, and the tests' plan that is printed in parts the way those are.
import { cp, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

export async function growPlan(from, dir, factor) {
  await cp(from, dir, { recursive: true });
  const programs = path.join(dir, "programs");
  for (const dim of await readdir(programs)) {
    for (const file of await readdir(path.join(programs, dim))) {
      const text = await readFile(path.join(programs, dim, file), "utf8");
      const id = file.replace(/\.yaml$/, "");
      for (let n = 2; n <= factor; n++) {
        const copy = text
          .replace(`id: ${id}`, `id: ${id}-${n}`)
          .replace("quick_win: true", "quick_win: false")
          .replace(/depends_on:\n( {2}- .*\n)+/, "depends_on: []\n");
        await writeFile(path.join(programs, dim, `${id}-${n}.yaml`), copy);
      }
    }
  }
  return dir;
}
