import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";

/** The project root and the build the browser tests load. */
export const root = join(__dirname, "..", "..");
export const dist = join(root, "dist");

function newestSourceChange(): number {
  const watched = ["taskpane", "functions", "src/engine", "assets", "webpack.config.js", "manifest.xml", "package.json"];
  const newest = (path: string): number => {
    if (!existsSync(path)) return 0;
    const stats = statSync(path);
    if (!stats.isDirectory()) return stats.mtimeMs;
    const entries = readdirSync(path).filter((name) => !/\.test\.tsx?$/.test(name));
    return Math.max(stats.mtimeMs, ...entries.map((name) => newest(join(path, name))));
  };
  return Math.max(...watched.map((path) => newest(join(root, path))));
}

const builtFiles = ["preview.html", "taskpane.html", "preview.js", "taskpane.js"].map((file) => join(dist, file));

function upToDate(): boolean {
  const builtAt = Math.min(...builtFiles.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  return builtAt > newestSourceChange();
}

/**
 * Builds dist/ (development mode) when it is missing or older than the sources it comes from. Test
 * files may run in parallel workers: a lock folder makes one build and the others wait for it.
 */
export function ensureBuild(): void {
  const lock = join(root, ".dist-build.lock");
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (upToDate()) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed mid-build is older than any real build takes.
      if (existsSync(lock) && statSync(lock).mtimeMs < Date.now() - 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("Waited five minutes for another test's build of dist/");
      execFileSync("sleep", ["1"]);
    }
  }
  try {
    if (upToDate()) return;
    console.log("dist/ is missing or older than the sources: building it (webpack --mode development).");
    execFileSync("npx", ["webpack", "--mode", "development"], { cwd: root, stdio: "inherit", timeout: 300_000 });
    // webpack leaves a file it would write unchanged (the HTML pages, often) with its old time: mark the
    // build as made now, or every later test file would think it stale and build again.
    const now = new Date();
    for (const file of builtFiles) if (existsSync(file)) utimesSync(file, now, now);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

