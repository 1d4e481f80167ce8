import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildLibrary, root } from "./ra";

/**
 * The package as another project gets it: packed by npm, unpacked into that project's node_modules, then
 * required and imported by name. Its own dependencies are found through NODE_PATH (this project's
 * node_modules), so the test needs no registry.
 */
describe("the packed package", () => {
  let project: string;

  beforeAll(() => {
    buildLibrary();
    const packs = mkdtempSync(join(tmpdir(), "ra-pack-"));
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    execFileSync(npm, ["pack", "--ignore-scripts", "--pack-destination", packs], { cwd: root, stdio: "pipe" });
    const tarball = readdirSync(packs).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new Error("npm pack wrote no tarball");
    project = mkdtempSync(join(tmpdir(), "ra-user-"));
    const installed = join(project, "node_modules", "rounded-assessment");
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", join(packs, tarball), "-C", installed, "--strip-components=1"]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", private: true }));
  }, 180_000);

  const node = (args: string[]) =>
    execFileSync(process.execPath, args, {
      cwd: project,
      env: { ...process.env, NODE_PATH: join(root, "node_modules") },
      encoding: "utf8",
    }).trim();

  it("is required by name, and its custom functions run (Kent's robberies, 2008/09: 1,015 / 1,684,100 × 1,000)", () => {
    const out = node(["-e", 'const ra = require("rounded-assessment"); console.log(ra.customFunctions.CRIMERATE(1015, 1684100).toFixed(4))']);
    expect(out).toBe((1015 / 1684.1).toFixed(4));
  });

  it("is imported by name from an ES module", () => {
    const file = join(project, "use.mjs");
    writeFileSync(file, 'import ra from "rounded-assessment";\nconsole.log(typeof ra.recommendGrade, typeof ra.customFunctions.DETECTIONRATE);\n');
    expect(node([file])).toBe("function function");
  });

  it("carries the ra command and the sample it copies", () => {
    const files = readdirSync(join(project, "node_modules", "rounded-assessment", "bin"));
    expect(files).toContain("ra.js");
    expect(readdirSync(join(project, "node_modules", "rounded-assessment", "assets"))).toEqual(["national-sample.xlsx"]);
    expect(node([join(project, "node_modules", "rounded-assessment", "bin", "ra.js"), "--help"])).toMatch(/Usage: ra/);
  });
});
