import { html, trusted, type Html } from "./escape";

/** What every page needs to know about the site. */
export interface SiteContext {
  readonly year: string;
  readonly illustrative: boolean;
  readonly drafts: boolean;
}

export type PageName = "index" | "summary" | "methods" | "data" | "force";

/** The policy on every page: nothing from another host, scripts only from the site's own files, no eval. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

const nav: readonly { readonly name: PageName; readonly href: string; readonly label: string }[] = [
  { name: "index", href: "index.html", label: "Forces by region" },
  { name: "summary", href: "summary.html", label: "National summary" },
  { name: "methods", href: "methods.html", label: "How the assessment works" },
  { name: "data", href: "data.html", label: "Open data" },
];

/** The words of the marks at the top of every page (and of every printed page). */
export function marksOf(site: SiteContext): { readonly draft: string | null; readonly illustrative: string | null } {
  return {
    draft: site.drafts ? "DRAFT: not for publication. Reports that are not yet Final are included, and their grades may change." : null,
    illustrative: site.illustrative ? "Illustrative data: the workbook says its figures are for illustration only. They are not official figures." : null,
  };
}

function printHeading(site: SiteContext): Html | null {
  const words = [site.drafts ? "DRAFT" : "", site.illustrative ? "Illustrative data, not official figures" : ""].filter((w) => w !== "").join(" \u00b7 ");
  if (words === "") return null;
  return trusted(`<style>@page { @top-center { content: "${words}"; font-size: 9pt; font-weight: 700; } }</style>`);
}

/** A whole page: head with the security policy, header with the marks and navigation, the body, footer. */
export function page(site: SiteContext, options: { readonly title: string; readonly current: PageName; readonly body: Html }): string {
  const marks = marksOf(site);
  const title = `${site.drafts ? "DRAFT: " : ""}${options.title}`;
  return html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="style.css">
${printHeading(site)}
</head>
<body>
<a class="skip" href="#content">Skip to the content</a>
<header class="site-header">
<p class="site-name">Rounded assessment of police forces${site.year ? `, ${site.year}` : ""}</p>
<nav class="site-nav" aria-label="Site">
<ul>
${nav.map((n) => html`<li><a href="${n.href}"${n.name === options.current ? html` aria-current="page"` : ""}>${n.label}</a></li>\n`)}</ul>
</nav>
${marks.draft ? html`<p class="mark mark-draft">${marks.draft}</p>\n` : ""}${marks.illustrative ? html`<p class="mark mark-illustrative"><strong>Illustrative data:</strong> ${marks.illustrative.replace(/^Illustrative data: /, "")}</p>\n` : ""}</header>
<main id="content">
${options.body}
</main>
<footer class="site-footer">
<p>The method recommends grades; a person decides every grade. Value for money is described, never graded. <a href="methods.html">How the assessment works</a>.</p>
</footer>
</body>
</html>
`.markup;
}
