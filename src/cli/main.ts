import { Command, CommanderError, Option } from "commander";
import { commandHelp } from "../engine/messages/commandHelp";
import { faceText } from "../engine/messages/faceText";
import { EXIT } from "./output";

/**
 * `--force`, the flag that replaced a file before every command said `--overwrite` (for `ra assess`,
 * `--force` names a police force). Kept, unlisted, for scripts written then: it sets `overwrite`.
 */
function earlierOverwrite(): Option {
  return new Option("--force").hideHelp().implies({ overwrite: true });
}

/** The `ra` program, with its commands, help and examples. Each command's code is loaded when it runs, so help and a mistyped command answer at once. */
export function program(setExit: (code: number) => void): Command {
  const ra = new Command("ra")
    .description(commandHelp.ra.description)
    .showHelpAfterError(commandHelp.ra.afterError)
    .addHelpText("after", commandHelp.ra.after);
  ra.command("template")
    .argument("<file.xlsx>", commandHelp.template.arguments.file)
    .description(commandHelp.template.description)
    .option("--overwrite", commandHelp.template.options.overwrite)
    .addOption(earlierOverwrite())
    .option("--year <year>", commandHelp.template.options.year, "2008/09")
    .addHelpText("after", commandHelp.template.after)
    .action(async (file: string, opts: { overwrite?: boolean; year?: string }) => setExit(await (await import("./create")).runTemplate(file, opts)));
  ra.command("sample")
    .argument("<file.xlsx>", commandHelp.sample.arguments.file)
    .description(commandHelp.sample.description)
    .option("--overwrite", commandHelp.sample.options.overwrite)
    .addOption(earlierOverwrite())
    .option("--regenerate", commandHelp.sample.options.regenerate)
    .option("--real-only", commandHelp.sample.options.realOnly)
    .addHelpText("after", commandHelp.sample.after)
    .action(async (file: string, opts: { overwrite?: boolean; regenerate?: boolean; realOnly?: boolean }) => setExit(await (await import("./create")).runSample(file, opts)));
  ra.command("check")
    .argument("<file.xlsx>", commandHelp.check.arguments.file)
    .description(commandHelp.check.description)
    .option("--json", commandHelp.check.options.json)
    .addHelpText("after", commandHelp.check.after)
    .action(async (file: string, opts: { json?: boolean }) => setExit(await (await import("./check")).runCheck(file, opts)));
  ra.command("assess")
    .argument("<file.xlsx>", commandHelp.assess.arguments.file)
    .description(commandHelp.assess.description)
    .option("--force <name>", commandHelp.assess.options.force)
    .option("--all", commandHelp.assess.options.all)
    .option("--out <out.xlsx>", commandHelp.assess.options.out)
    .option("--overwrite", commandHelp.assess.options.overwrite)
    .option("--json", commandHelp.assess.options.json)
    .addHelpText("after", commandHelp.assess.after)
    .action(async (file: string, opts: { force?: string; all?: boolean; out?: string; json?: boolean; overwrite?: boolean }) => setExit(await (await import("./assess")).runAssess(file, opts)));
  ra.command("report")
    .argument("<file.xlsx>", commandHelp.report.arguments.file)
    .description(commandHelp.report.description)
    .option("--force <name>", commandHelp.report.options.force)
    .addHelpText("after", commandHelp.report.after)
    .action(async (file: string, opts: { force?: string }) => setExit(await (await import("./assess")).runReport(file, opts)));
  ra.command("publish")
    .argument("<file.xlsx>", commandHelp.publish.arguments.file)
    .description(commandHelp.publish.description)
    .option("--out <folder>", commandHelp.publish.options.out)
    .option("--drafts", commandHelp.publish.options.drafts)
    .option("--overwrite", commandHelp.publish.options.overwrite)
    .addOption(earlierOverwrite())
    .addHelpText("after", commandHelp.publish.after)
    .action(async (file: string, opts: { out?: string; drafts?: boolean; overwrite?: boolean }) => setExit(await (await import("./publish")).runPublish(file, opts)));
  ra.command("merge")
    .argument("<national.xlsx>", commandHelp.merge.arguments.national)
    .argument("<regional.xlsx...>", commandHelp.merge.arguments.regional)
    .description(commandHelp.merge.description)
    .option("--out <out.xlsx>", commandHelp.merge.options.out)
    .option("--prefer <regional.xlsx>", commandHelp.merge.options.prefer)
    .option("--overwrite", commandHelp.merge.options.overwrite)
    .option("--json", commandHelp.merge.options.json)
    .addHelpText("after", commandHelp.merge.after)
    .action(async (national: string, regional: string[], opts: { out?: string; prefer?: string; overwrite?: boolean; json?: boolean }) => setExit(await (await import("./merge")).runMerge(national, regional, opts)));
  ra.command("status")
    .argument("<file.xlsx>", commandHelp.status.arguments.file)
    .description(commandHelp.status.description)
    .option("--json", commandHelp.status.options.json)
    .addHelpText("after", commandHelp.status.after)
    .action(async (file: string, opts: { json?: boolean }) => setExit(await (await import("./status")).runStatus(file, opts)));
  ra.command("letters")
    .argument("<file.xlsx>", commandHelp.letters.arguments.file)
    .description(commandHelp.letters.description)
    .option("--out <folder>", commandHelp.letters.options.out)
    .option("--force <name>", commandHelp.letters.options.force)
    .option("--due <date>", commandHelp.letters.options.due)
    .option("--previous <file.xlsx>", commandHelp.letters.options.previous)
    .option("--report-again <date>", commandHelp.letters.options.reportAgain)
    .option("--overwrite", commandHelp.letters.options.overwrite)
    .addHelpText("after", commandHelp.letters.after)
    .action(async (file: string, opts: { out?: string; force?: string; due?: string; previous?: string; reportAgain?: string; overwrite?: boolean }) => setExit(await (await import("./letters")).runLetters(file, opts)));
  return ra;
}

/** Runs `ra` with these arguments (without node and the script) and gives the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const ra = program((c) => (code = c));
  ra.exitOverride();
  for (const sub of ra.commands) sub.exitOverride();
  try {
    await ra.parseAsync([...args], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    process.stderr.write(`${faceText.cli.internalError((error as Error).message)}\n`);
    return EXIT.cannotRun;
  }
  return code;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
