/**
 * The input is never replaced (issue 12, item 5): `--out` is compared with the input by identity
 * (device and inode), by real path (links resolved) and, where the file system ignores case, by name
 * without regard to case.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { caseInsensitiveAt, isInsideFolder, isSameFile } from "../../src/cli/sameFile";
import { raInProcess, root, sha } from "./ra";

const work = mkdtempSync(join(tmpdir(), "ra-same-"));
const input = join(work, "In.xlsx");
copyFileSync(join(root, "assets", "national-sample.xlsx"), input);
const other = join(work, "other.xlsx");
writeFileSync(other, "another file");
const symlink = join(work, "link.xlsx");
symlinkSync(input, symlink);
const hardLink = join(work, "hard.xlsx");
linkSync(input, hardLink);

describe("isSameFile", () => {
  it("finds the input by another path, through a symbolic link either way and through a hard link", () => {
    expect(isSameFile(input, input)).toBe(true);
    expect(isSameFile(input, relative(process.cwd(), input))).toBe(true);
    expect(isSameFile(input, join(work, "sub", "..", "In.xlsx"))).toBe(true);
    expect(isSameFile(input, symlink)).toBe(true);
    expect(isSameFile(symlink, input)).toBe(true);
    expect(isSameFile(input, hardLink)).toBe(true);
  });

  it("tells other files, and files not yet written, apart", () => {
    expect(isSameFile(input, other)).toBe(false);
    expect(isSameFile(input, join(work, "new.xlsx"))).toBe(false);
  });

  it("compares names without regard to case only where the file system ignores case", () => {
    // What this file system does, seen directly: does the name in other case reach the same file?
    const ignoresCase = existsSync(join(work, "iN.XLSX"));
    expect(caseInsensitiveAt(input)).toBe(ignoresCase);
    expect(isSameFile(input, join(work, "IN.xlsx"))).toBe(ignoresCase);
    // A file system that ignores case (macOS, Windows), where IN.xlsx does not exist yet as such:
    expect(isSameFile(input, join(work, "IN.xlsx"), true)).toBe(true);
    expect(isSameFile(input, join(work, "IN.xlsx"), false)).toBe(false);
  });

  it("finds a file inside a folder through a link to the folder", () => {
    const folder = join(work, "site");
    mkdirSync(folder);
    const inside = join(folder, "book.xlsx");
    writeFileSync(inside, "x");
    symlinkSync(folder, join(work, "site-link"));
    expect(isInsideFolder(inside, join(work, "site-link"))).toBe(true);
    expect(isInsideFolder(input, folder)).toBe(false);
  });
});

describe("ra assess never replaces its input", () => {
  it.each([
    ["the output is a symbolic link to the input", input, symlink],
    ["the input is a symbolic link to the output", symlink, input],
    ["the output is a hard link to the input", input, hardLink],
  ])("%s: exit 2, a plain message, the input unchanged", async (_what, from, to) => {
    const before = sha(input);
    const r = await raInProcess(["assess", from, "--all", "--out", to, "--overwrite"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is the input file itself");
    expect(sha(input)).toBe(before);
  });
});
