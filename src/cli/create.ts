import { copyFile } from "node:fs/promises";
import { faceText } from "../engine/messages/faceText";
import { issue } from "../engine/result";
import { emptyTemplatePlan, normaliseFinancialYear } from "../engine/workbook";
import { writeFileAtomically, newWorkbookBytes } from "../xlsx";
import { readFileSync } from "node:fs";
import { EXIT, guarded, printProblem } from "./output";
import { progress } from "./progress";
import { committedSamplePath, projectRoot } from "./root";
import { samplePlan } from "./sample/generate";
import { readSharedData, sharedDataFolder } from "./sample/sharedData";

/** `ra template FILE [--year 2008/09]`: writes an empty template; the year may be written 2008-09 or 2008/2009 too, and is stored as 2008/09. */
export async function runTemplate(path: string, options: { overwrite?: boolean; year?: string }): Promise<number> {
  const year = normaliseFinancialYear(options.year ?? "2008/09");
  if (!year) {
    printProblem(issue("bad-option-year", {}, { value: options.year ?? "" }));
    return EXIT.cannotRun;
  }
  const code = await guarded(path, options.overwrite ?? false, async () => writeFileAtomically(path, await newWorkbookBytes(emptyTemplatePlan(year))));
  if (code === EXIT.ok) process.stdout.write(`${faceText.cli.templateWritten(path, year)}\n`);
  return code;
}

/**
 * `ra sample FILE`: writes the national sample: generated from ../shared/data when it is there (or
 * RA_SHARED_DATA), otherwise copied from the committed assets/national-sample.xlsx. `--regenerate`
 * insists on generating; `--real-only` generates it with every illustrative figure left empty.
 */
export async function runSample(path: string, options: { overwrite?: boolean; regenerate?: boolean; realOnly?: boolean }): Promise<number> {
  const folder = sharedDataFolder(projectRoot());
  if (!folder && (options.regenerate || options.realOnly)) {
    process.stderr.write(`${options.realOnly ? faceText.cli.sampleNeedsSharedForRealOnly : faceText.cli.sampleNeedsSharedToRegenerate}\n`);
    return EXIT.cannotRun;
  }
  const code = await guarded(path, options.overwrite ?? false, async () => {
    if (!folder) {
      await copyFile(committedSamplePath(), path);
      return;
    }
    const bar = progress(2);
    try {
      const plan = samplePlan(readSharedData(folder), { realOnly: options.realOnly === true });
      bar.step("Writing");
      const bytes = await newWorkbookBytes(plan);
      bar.step("Done");
      await writeFileAtomically(path, bytes);
    } finally {
      bar.stop();
    }
  });
  if (code === EXIT.ok) process.stdout.write(`${folder ? faceText.cli.sampleGenerated(folder, path, options.realOnly === true) : faceText.cli.sampleCopied(path)}\n`);
  return code;
}

/** The committed sample's bytes (for tests). */
export function committedSampleBytes(): Buffer {
  return readFileSync(committedSamplePath());
}
