import { faceText } from "../engine/messages/faceText";
import { siteFiles, siteFolderProblem, siteModel, writeSite, SiteWriteError } from "../publish";
import { assessWithProgress, loadForAssessment } from "./assess";
import { EXIT, printProblem, writeProblem } from "./output";
import { progress } from "./progress";
import { isInsideFolder } from "./sameFile";

/**
 * `ra publish FILE --out DIR [--drafts] [--overwrite]`: writes the public web site of an assessed workbook
 * (a page per force, an index by region, a national summary, a methods page) to DIR. Only forces whose
 * reports are Final are published unless --drafts (then every page says DRAFT). Exit 0 done, 1 the
 * workbook has errors (or nothing is ready to publish), 2 a file or folder cannot be read or written.
 */
export async function runPublish(file: string, options: { out?: string; drafts?: boolean; overwrite?: boolean }): Promise<number> {
  if (!options.out) {
    process.stderr.write(`${faceText.cli.publishNeedsOut}\n`);
    return EXIT.cannotRun;
  }
  const out = options.out;
  const inside = isInsideFolder(file, out);
  const early = inside ? faceText.cli.folderHoldsWorkbook(file, out) : siteFolderProblem(out, options.overwrite ?? false);
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
    process.stderr.write(`${faceText.cli.publishNothingFinal(file)}\n`);
    return EXIT.errorsFound;
  }
  bar.step("Writing");
  try {
    await writeSite(out, siteFiles(model), options.overwrite ?? false);
  } catch (error) {
    bar.stop();
    if (error instanceof SiteWriteError) process.stderr.write(`${error.message}\n`);
    else printProblem(writeProblem(error, out));
    return EXIT.cannotRun;
  }
  bar.stop();
  const held = model.heldBack.length;
  process.stdout.write(`${faceText.cli.publishWritten(out, model.pages.length, model.drafts, model.illustrative, held)}\n`);
  return EXIT.ok;
}
