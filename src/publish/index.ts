export { escapeHtml, html, trusted, Html, type Content } from "./escape";
export { siteModel, slugOf, type SiteModel, type ForcePage, type PublishedGrade } from "./model";
export { siteFiles, SITE_MARKER, type SiteFile } from "./site";
export { writeSite, siteFolderProblem, SiteWriteError, type FolderFile, type OwnedFolder } from "./writer";
