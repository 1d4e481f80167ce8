import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The project folder (where package.json names this package), found upwards from this file. */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "rounded-assessment") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("Cannot find the rounded-assessment package folder");
    dir = up;
  }
}

/** The committed national sample workbook. */
export function committedSamplePath(): string {
  return join(projectRoot(), "assets", "national-sample.xlsx");
}
