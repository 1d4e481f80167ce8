/**
 * The functions' help page: docs/functions.md (the page the README links) rendered to
 * dist/help/functions.html, where each function's @helpurl points. Headings get ids from their text, so
 * "### DETECTIONRATE" is reached at #detectionrate.
 */
const { Marked } = require("marked");

function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function renderHelpPage(markdown, { csp }) {
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
      },
      html({ text }) {
        return escapeHtml(text);
      },
    },
  });
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? "Help";
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1rem; color: CanvasText; background: Canvas; }
  code { font-family: Consolas, monospace; font-size: 0.95em; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid GrayText; padding: 0.25rem 0.5rem; text-align: left; }
  h3 { margin-top: 2rem; }
</style>
</head>
<body>
<main>
${marked.parse(markdown)}
</main>
</body>
</html>
`;
}

module.exports = { renderHelpPage, slug };
