import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyTemplatePlan, TEMPLATE_VERSION } from "../../src/engine/workbook";
import { newWorkbookBytes } from "../../src/xlsx";
import { missingProgram, soffice } from "./programs/programs";

const program = soffice();

describe("the template and the sample in LibreOffice Calc", () => {
  if (missingProgram(program, "RA_REQUIRE_LIBREOFFICE", { needs: "needs LibreOffice (RA_REQUIRE_LIBREOFFICE=1)", skipped: "is skipped: soffice is not installed" }, "Skipped: soffice not found (apt-get install -y libreoffice-calc-nogui).")) return;

  it("converts both without error, and the About sheet's text survives", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ra-lo-"));
    writeFileSync(join(dir, "template.xlsx"), await newWorkbookBytes(emptyTemplatePlan()));
    writeFileSync(join(dir, "sample.xlsx"), readFileSync(join(__dirname, "..", "..", "assets", "national-sample.xlsx")));
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    for (const name of ["template", "sample"]) {
      // CSV export writes the first sheet, About.
      execFileSync(program, [profile, "--headless", "--convert-to", "csv", "--outdir", dir, join(dir, `${name}.xlsx`)], { timeout: 60_000, stdio: "pipe" });
      const csv = readFileSync(join(dir, `${name}.csv`), "utf8");
      expect(csv).toContain(`Template version,${TEMPLATE_VERSION}`);
      expect(csv).toContain("Assessment year,2008/09");
      execFileSync(program, [profile, "--headless", "--convert-to", "ods", "--outdir", dir, join(dir, `${name}.xlsx`)], { timeout: 60_000, stdio: "pipe" });
      expect(existsSync(join(dir, `${name}.ods`))).toBe(true);
    }
  }, 120_000);
});
