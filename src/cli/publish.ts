import { siteFiles, siteFolderProblem, siteModel, writeSite, SiteWriteError } from "../publish";
import { assessWithProgress, loadForAssessment } from "./assess";
import { EXIT, printProblem, writeProblem } from "./output";
import { progress } from "./progress";
import { isInsideFolder } from "./sameFile";

/**
 * `ra publish FILE --out DIR [--drafts] [--force]`: writes the public web site of an assessed workbook
 * (a page per force, an index by region, a national summary, a methods page) to DIR. Only forces whose
 * reports are Final are published unless --drafts (then every page says DRAFT). Exit 0 done, 1 the
 * workbook has errors (or nothing is ready to publish), 2 a file or folder cannot be read or written.
 */
export async function runPublish(file: string, options: { out?: string; drafts?: boolean; force?: boolean }): Promise<number> {
  if (!options.out) {
    process.stderr.write("Say where to write the site with --out FOLDER.\n");
    return EXIT.cannotRun;
  }
  const out = options.out;
  const inside = isInsideFolder(file, out);
  const early = inside ? `The workbook ${file} is inside ${out}; choose a folder that does not hold it.` : siteFolderProblem(out, options.force ?? false);
  if (early) {
    process.stderr.write(`${early}\n`);
    return EXIT.cannotRun;
  }
  const loaded = await loadForAssessment(file, true);
  if (typeof loaded === "number") return loaded;
  const { session } = loaded;
  const names = session.forces;
  const bar = progress(names.length + 1);
  const assessments = assessWithProgress(session, names, bar);
  if (typeof assessments === "number") return assessments;
  const model = siteModel(session, assessments, options.drafts ?? false);
  if (model.pages.length === 0) {
    bar.stop();
    process.stderr.write(
      `No force's report has the status Final in ${file}, so there is nothing to publish. Set Status to Final in the Assessment sheet (ra assess writes it), or add --drafts to publish the drafts, marked DRAFT.\n`,
    );
    return EXIT.errorsFound;
  }
  bar.step("Writing");
  try {
    await writeSite(out, siteFiles(model), options.force ?? false);
  } catch (error) {
    bar.stop();
    if (error instanceof SiteWriteError) process.stderr.write(`${error.message}\n`);
    else printProblem(writeProblem(error, out));
    return EXIT.cannotRun;
  }
  bar.stop();
  const held = model.heldBack.length;
  process.stdout.write(
    `Wrote ${out}: ${model.pages.length} force ${model.pages.length === 1 ? "page" : "pages"}, index.html (forces by region), summary.html, methods.html and data.html (open data; every table also as a CSV file in data/).` +
      `${model.drafts ? " Every page is marked DRAFT." : ""}${model.illustrative ? " Every page says the data are illustrative." : ""}` +
      `${held > 0 ? ` ${held} ${held === 1 ? "force was" : "forces were"} left out because ${held === 1 ? "its report is" : "their reports are"} not Final (add --drafts to include them).` : ""}\n`,
  );
  return EXIT.ok;
}
