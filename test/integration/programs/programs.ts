import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";

/** LibreOffice, if installed (Debian package libreoffice-calc-nogui). */
export function soffice(): string | undefined {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]) if (existsSync(p)) return p;
  return undefined;
}

/** Debian's Python 3 with openpyxl (python3-openpyxl) and Pillow, if installed. The python3 on PATH may lack them. */
export function pythonWithOpenpyxl(): string | undefined {
  for (const p of ["/usr/bin/python3"]) {
    try {
      execFileSync(p, ["-c", "import openpyxl, PIL"], { stdio: "pipe" });
      return p;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Python 3 with LibreOffice's UNO bridge (python3-uno), if installed. */
export function pythonWithUno(): string | undefined {
  try {
    execFileSync("/usr/bin/python3", ["-c", "import uno"], { stdio: "pipe" });
    return "/usr/bin/python3";
  } catch {
    return undefined;
  }
}

/**
 * A LibreOffice user profile of its own (so tests never share or touch a person's), set to recalculate
 * every formula when it opens an .xlsx file when `recalculate` (LibreOffice's default is never to).
 */
export function libreOfficeProfile(recalculate = false): string {
  const dir = mkdtempSync(join(tmpdir(), "ra-lo-profile-"));
  if (recalculate) {
    mkdirSync(join(dir, "user"), { recursive: true });
    writeFileSync(
      join(dir, "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  return dir;
}

/** CSV export of every sheet, one file per sheet (NAME-SHEET.csv), UTF-8, formulas as their results. */
export const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Converts files with LibreOffice headless (`format`: xlsx, ods, or {@link CSV_EVERY_SHEET}) into `outDir`. */
export function convert(program: string, profile: string, format: string, files: readonly string[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(program, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files], { timeout: 180_000, stdio: "pipe" });
  for (const f of files) {
    const ext = format.startsWith("csv") ? null : format;
    if (ext && !existsSync(join(outDir, basename(f).replace(/\.[^.]+$/, `.${ext}`)))) throw new Error(`LibreOffice did not convert ${f}`);
  }
}

/** Edits a workbook in LibreOffice through UNO (programs/uno_edit.py: chart, pivot, formula) and saves it as .xlsx. */
export function unoEdit(program: string, source: string, target: string, actions: readonly string[]): void {
  execFileSync("/usr/bin/python3", [join(__dirname, "uno_edit.py"), program, source, target, libreOfficeProfile(), ...actions], { timeout: 240_000, stdio: "pipe" });
}

/** Opens and saves a workbook with openpyxl (programs/openpyxl_edit.py), adding what `actions` say. */
export function openpyxlEdit(python: string, source: string, target: string, actions: readonly string[] = []): void {
  execFileSync(python, [join(__dirname, "openpyxl_edit.py"), source, target, ...actions], { timeout: 120_000, stdio: "pipe" });
}

/** Every entry of a zip file, uncompressed, by name (read with JSZip, not with the writer under test). */
export async function zipEntries(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async("nodebuffer"));
  return out;
}

/**
 * When the program a suite needs is missing, registers the suite's one test in its place and returns
 * true (the caller then returns): the test passes with a "Skipped" line saying what to install, unless
 * the environment variable `env` is "1" (as in CI), when it fails.
 */
export function missingProgram(found: string | undefined, env: "RA_REQUIRE_LIBREOFFICE" | "RA_REQUIRE_OPENPYXL", titles: { readonly needs: string; readonly skipped: string }, skippedLine: string): found is undefined {
  if (found) return false;
  const required = process.env[env] === "1";
  it(required ? titles.needs : titles.skipped, () => {
    process.stdout.write(`${skippedLine}\n`);
    expect(required).toBe(false);
  });
  return true;
}
