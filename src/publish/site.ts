import { indexPage, searchScript } from "./pages/index";
import { dataPage, nationalCsvFiles } from "./pages/data";
import { forcePageFiles } from "./pages/force";
import { methodsPage } from "./pages/methods";
import { summaryPage } from "./pages/summary";
import type { SiteModel } from "./model";
import { styleSheet } from "./style";

/** One file of the site: its path inside the site folder and its text. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
}

/** The name of the file that marks a folder as written by `ra publish` (so --force replaces only such folders). */
export const SITE_MARKER = ".ra-publish";

/** Every file of the site, in a fixed order: the same model always gives the same files. */
export function siteFiles(model: SiteModel): SiteFile[] {
  return [
    { path: "index.html", content: indexPage(model) },
    { path: "summary.html", content: summaryPage(model) },
    { path: "methods.html", content: methodsPage(model) },
    { path: "data.html", content: dataPage(model) },
    ...model.pages.flatMap((p) => forcePageFiles(model, p)),
    ...nationalCsvFiles(model),
    { path: "style.css", content: styleSheet },
    { path: "search.js", content: searchScript },
    { path: SITE_MARKER, content: "This folder was written by ra publish. ra publish --force replaces it.\n" },
  ];
}
