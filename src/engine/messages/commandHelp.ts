/**
 * The `ra` command's help, as `ra --help` and `ra COMMAND --help` print it: each command's description,
 * the help of its arguments and options (by name: --real-only is realOnly), and the examples and exit
 * codes printed after. The flags themselves are in src/cli/main.ts.
 */
export const commandHelp = {
  ra: {
    description: "Rounded Assessment of the 43 police forces of England and Wales: the shared workbook from the command line.",
    afterError: "(add --help for usage)",
    after: "\nExamples:\n  ra template my-region.xlsx\n  ra sample national-sample.xlsx\n  ra check my-region.xlsx\n  ra check my-region.xlsx --json > findings.json\n  ra assess my-region.xlsx --all --out assessed.xlsx\n  ra report my-region.xlsx --force Kent\n  ra merge national.xlsx south-east.xlsx wales.xlsx --out merged.xlsx\n  ra status merged.xlsx\n  ra letters merged.xlsx --out letters\n\nExit codes: 0 done (no errors), 1 the workbook has errors, 2 the file cannot be read or written.",
  },
  template: {
    arguments: {
      file: "where to write the empty template",
    },
    description: "Write an empty workbook in the template's layout.",
    options: {
      overwrite: "replace the file if it exists",
      year: "assessment year, such as 2008/09",
    },
    after: "\nExamples:\n  ra template my-region.xlsx\n  ra template my-region.xlsx --year 2009/10 --overwrite",
  },
  sample: {
    arguments: {
      file: "where to write the national sample",
    },
    description: "Write the national sample workbook: all 43 forces, 2006/07 to 2008/09, real figures from HMIC's Value for Money data and Home Office recorded crime where they exist, other figures illustrative and labelled (the Coverage sheet says which).",
    options: {
      overwrite: "replace the file if it exists",
      regenerate: "generate it from ../shared/data (fail if that is not there) instead of copying the committed sample",
      realOnly: "leave every figure with no real source empty instead of filling in an illustrative one (needs ../shared/data)",
    },
    after: "\nExamples:\n  ra sample national-sample.xlsx\n  ra sample assets/national-sample.xlsx --regenerate --overwrite\n  ra sample real-only.xlsx --real-only",
  },
  check: {
    arguments: {
      file: "the workbook to check (it is only read, never written)",
    },
    description: "Check a workbook against the template: missing tables or columns, bad numbers, unknown forces, missing years and more.",
    options: {
      json: "print the findings as JSON",
    },
    after: "\nExamples:\n  ra check my-region.xlsx\n  ra check my-region.xlsx --json\n\nExit codes: 0 no errors (warnings may remain), 1 errors found, 2 the file cannot be read (not a workbook, damaged, password protected, old .xls).",
  },
  assess: {
    arguments: {
      file: "the workbook to assess (it is only read, never written)",
    },
    description: "Recommend grades, build the value-for-money profiles and draft the reports; write them with the workbook to --out.",
    options: {
      force: "assess one force",
      all: "assess every force in the Forces table",
      out: "where to write the workbook with its Assessment, Report, Profile and Trace sheets",
      overwrite: "replace --out if it exists",
      json: "print the grades as JSON",
    },
    after: "\nExamples:\n  ra assess national-sample.xlsx --force Kent --out kent.xlsx\n  ra assess national-sample.xlsx --all --out assessed.xlsx\n  ra assess assessed.xlsx --all --out assessed-2.xlsx   (a re-run keeps final grades, reasons and statuses)\n\nExit codes: 0 done, 1 the workbook has errors that stop the assessment, 2 a file cannot be read or written.",
  },
  report: {
    arguments: {
      file: "the workbook (only read)",
    },
    description: "Print one force's draft report: the three key questions for each domain.",
    options: {
      force: "the force",
    },
    after: "\nExample:\n  ra report national-sample.xlsx --force Kent",
  },
  publish: {
    arguments: {
      file: "the assessed workbook (only read)",
    },
    description: "Write the public web site: a page per force with grades, report text and charts, an index by region, a national summary and a methods page. No server needed.",
    options: {
      out: "the folder to write the site to",
      drafts: "publish reports that are not yet Final too; every page then says DRAFT",
      overwrite: "replace --out if an earlier ra publish wrote it",
    },
    after: "\nExamples:\n  ra publish assessed.xlsx --out site\n  ra publish assessed.xlsx --out site-draft --drafts --overwrite\n\nOnly forces whose reports have the status Final in the Assessment sheet are published, unless --drafts.\nExit codes: 0 done, 1 the workbook has errors (or no report is Final), 2 a file or folder cannot be read or written.",
  },
  merge: {
    arguments: {
      national: "the national workbook (only read)",
      regional: "the regional copies (only read)",
    },
    description: "Bring regional copies' decisions, comments, evidence and actions into the national workbook, and write the result to --out. Rows changed in two copies in different ways are conflicts: nothing is written unless --prefer says which copy wins.",
    options: {
      out: "where to write the merged workbook",
      prefer: "the copy whose side is taken in a conflict",
      overwrite: "replace --out if it exists",
      json: "print what changed and any conflicts as JSON",
    },
    after: "\nExamples:\n  ra merge national.xlsx south-east.xlsx wales.xlsx --out national-merged.xlsx\n  ra merge national.xlsx south-east.xlsx wales.xlsx --out national-merged.xlsx --prefer wales.xlsx\n\nA copy's changes are what differs from what it held when last merged (the Merges sheet), or from the national workbook the first time. Figures (Data, Finance, Survey and the other input tables) are never merged; copies whose figures differ are reported.\nExit codes: 0 written, 1 a workbook has errors or rows conflict (nothing written), 2 a file cannot be read or written.",
  },
  status: {
    arguments: {
      file: "the assessed workbook (only read)",
    },
    description: "Show how far the assessments have got: every force and domain's status, assessor, date, open comments and overrides without a reason; totals by region and nationally; what stops publication.",
    options: {
      json: "print the status as JSON",
    },
    after: "\nExamples:\n  ra status national-merged.xlsx\n  ra status national-merged.xlsx --json\n\nExit codes: 0 read, 2 the file cannot be read.",
  },
  letters: {
    arguments: {
      file: "the assessed workbook (only read)",
    },
    description: "Write Word letters: feedback to each assessed force's chief constable and police authority chair, and an open letter where a domain is at the lowest grade or fell by two grades. Marked DRAFT until the force's grades are Final.",
    options: {
      out: "the folder to write the letters to",
      force: "write one force's letters only",
      due: "the date comments are due, as it should read (31 July 2009)",
      previous: "last year's assessed workbook, to find domains that fell by two grades",
      reportAgain: "when the inspectorate will report again on a domain that fell short (default: within six months)",
      overwrite: "replace --out if an earlier ra letters wrote it",
    },
    after: "\nExamples:\n  ra letters national-merged.xlsx --out letters --due \"31 July 2009\"\n  ra letters national-merged.xlsx --out kent-letters --force Kent --previous assessed-2007-08.xlsx\n\nNames and addresses come from optional Forces columns Chief constable, Police authority chair and Address; without them the letters have placeholders, listed as notes.\nExit codes: 0 written, 1 the workbook has errors or the force is not assessed, 2 a file or folder cannot be read or written.",
  },
} as const;
