import { escapeXml, unescapeXml } from "./xml";

const WORKSHEETS = /^(worksheets|arbeitsblätter|feuilles de calcul|hojas de cálculo|fogli di lavoro|werkbladen)$/i;

/**
 * The extended properties part (docProps/app.xml) with sheets added to its list of sheet titles, so that
 * the count and names Excel shows under File > Info match the workbook. The list is HeadingPairs (group
 * name, count) followed by TitlesOfParts in the same order; the new names go at the end of the
 * worksheets group and its count and the vector sizes grow to match. A part without that list, or whose
 * worksheets group cannot be recognised, is returned unchanged: the list is informative and programs
 * rebuild it when they next save.
 */
export function withSheetTitles(appXml: string, added: readonly string[]): string {
  if (added.length === 0) return appXml;
  const pairs = /(<(?:[\w.-]+:)?HeadingPairs\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?HeadingPairs>)/.exec(appXml);
  if (!pairs) return appXml;
  const variants = [...(pairs[2] as string).matchAll(/<([\w.-]+:)?(lpstr|i4)>([^<]*)<\/(?:[\w.-]+:)?(?:lpstr|i4)>/g)];
  let before = 0;
  let group = -1;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const name = unescapeXml((variants[i] as RegExpMatchArray)[3] as string);
    const count = Number((variants[i + 1] as RegExpMatchArray)[3]);
    if (!Number.isInteger(count) || count < 0) return appXml;
    if (WORKSHEETS.test(name.trim())) {
      group = i + 1;
      before += count;
      break;
    }
    before += count;
  }
  if (group < 0) return appXml;
  const countMatch = variants[group] as RegExpMatchArray;
  const prefix = countMatch[1] ?? "";
  const oldCount = Number(countMatch[3]);
  const countStart = (pairs.index as number) + (pairs[1] as string).length + (countMatch.index as number);
  const countXml = `<${prefix}i4>${oldCount + added.length}</${prefix}i4>`;

  const withCount = appXml.slice(0, countStart) + countXml + appXml.slice(countStart + countMatch[0].length);

  const list = /(<(?:[\w.-]+:)?TitlesOfParts\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?TitlesOfParts>)/.exec(withCount);
  if (!list) return appXml;
  const body = list[2] as string;
  const entries = [...body.matchAll(/<(?:[\w.-]+:)?lpstr>[^<]*<\/(?:[\w.-]+:)?lpstr>|<(?:[\w.-]+:)?lpstr\/>/g)];
  const vector = /<([\w.-]+:)?vector\b[^>]*>/.exec(body);
  if (!vector || entries.length < before) return appXml;
  const vt = vector[1] ?? "";
  const last = entries[before - 1];
  const at = last ? (last.index as number) + last[0].length : (vector.index as number) + vector[0].length;
  const inserted = added.map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`).join("");
  const resized = vector[0].replace(/\bsize\s*=\s*"\d+"/, `size="${entries.length + added.length}"`);
  const newBody = body.slice(0, vector.index) + resized + body.slice((vector.index as number) + vector[0].length, at) + inserted + body.slice(at);
  const listStart = (list.index as number) + (list[1] as string).length;
  return withCount.slice(0, listStart) + newBody + withCount.slice(listStart + body.length);
}
