import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildLibrary, root, run, sha } from "./ra";

const fixtures = join(root, "test", "fixtures");

interface JsonFinding {
  code: string;
  sheet: string;
  cell: string | null;
}
const key = (f: JsonFinding) => `${f.code} ${f.sheet} ${f.cell}`;

beforeAll(() => {
  // The command under test is the compiled one, as users run it.
  buildLibrary();
}, 120_000);

describe("ra check on the golden fixtures", () => {
  const names = readdirSync(fixtures).filter((f) => /^(error|warning|unreadable)\..*\.xlsx$/.test(f));
  let baseline: Set<string>;

  beforeAll(async () => {
    const r = await run(["check", join(fixtures, "sample.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    baseline = new Set((JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map(key));
  });

  it("has fixtures to check", () => expect(names.length).toBeGreaterThanOrEqual(20));

  it.each(readdirSync(fixtures).filter((f) => /^(error|warning|unreadable)\..*\.xlsx$/.test(f)))(
    "%s gives the expected exit code and findings, and is left unchanged",
    async (name) => {
      const file = join(fixtures, name);
      const expected = JSON.parse(readFileSync(file.replace(/\.xlsx$/, ".expected.json"), "utf8")) as { exitCode: number; added?: JsonFinding[]; unreadable?: string };
      const before = sha(file);
      const r = await run(["check", file, "--json"]);
      expect(sha(file)).toBe(before);
      expect(r.code).toBe(expected.exitCode);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // never a stack trace
      if (expected.unreadable) {
        expect((JSON.parse(r.stdout) as { problem: { code: string } }).problem.code).toBe(expected.unreadable);
        return;
      }
      const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
      expect(findings.filter((f) => !baseline.has(key(f))).map((f) => ({ code: f.code, sheet: f.sheet, cell: f.cell }))).toEqual(expected.added);
    },
    30_000,
  );
});

describe("the ra command", () => {
  const dir = mkdtempSync(join(tmpdir(), "ra-cli-"));

  it("prints help with examples for every command", async () => {
    for (const args of [["--help"], ["check", "--help"], ["template", "--help"], ["sample", "--help"]]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Examples:");
    }
  });

  it("writes a template that checks clean, and refuses to overwrite it without --overwrite", async () => {
    const file = join(dir, "t.xlsx");
    expect((await run(["template", file])).code).toBe(0);
    const check = await run(["check", file]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("0 errors, 0 warnings");
    const again = await run(["template", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect((await run(["template", file, "--overwrite"])).code).toBe(0);
  });

  it("says plainly which cell is wrong, in a table for people", async () => {
    const r = await run(["check", join(fixtures, "warning.negative-count.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/WARNING\s+Data!D4\s+negative-count\s+Offences is -5, but a count cannot be negative\./);
  });

  it("says a missing file is missing, with exit code 2", async () => {
    const r = await run(["check", join(dir, "nope.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("There is no file");
  });

  it("writes the sample (generated or copied)", async () => {
    const file = join(dir, "s.xlsx");
    expect((await run(["sample", file])).code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });
});

describe("ra in a pipe", () => {
  it("stops quietly when the reader stops early (ra --help | head -1)", () => {
    // A closed pipe raced the write: before the fix about one run in three printed an EPIPE stack trace.
    const command = `for i in 1 2 3 4 5 6; do "${process.execPath}" "${join(root, "bin", "ra.js")}" --help | head -1; done`;
    const r = spawnSync("bash", ["-c", command], { encoding: "utf8" });
    expect(r.stdout.trim().split("\n")).toEqual(Array(6).fill("Usage: ra [options] [command]"));
    expect(r.stderr).toBe("");
  });
});
