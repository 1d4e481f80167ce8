/**
 * The pages render valid HTML (html-validate's recommended rules, not a regex) and escape everything
 * that comes from the workbook, including hostile text in force names, regions, actions, evidence,
 * sources, the Assessment sheet and edited report text.
 */
import { HtmlValidate } from "html-validate";
import type { CellValue, WorkbookSnapshot } from "../../../src/engine/workbook";
import type { SiteModel } from "../../../src/publish";
import { contentSecurityPolicy } from "../../../src/publish/layout";
import { BOM } from "../../../src/publish/csv";
import { dataPage } from "../../../src/publish/pages/data";
import { forcePage, forcePageFiles } from "../../../src/publish/pages/force";
import { siteFiles } from "../../../src/publish";
import { indexPage } from "../../../src/publish/pages/index";
import { methodsPage } from "../../../src/publish/pages/methods";
import { summaryPage } from "../../../src/publish/pages/summary";
import { assessAll, assessmentColumns, assessmentRows, hostile, mapRows, modelOf, sampleSnapshot, withTable } from "./sampleSite";

// long-title is a search-engine preference, not validity: a force's name from the workbook may be long.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });

async function problems(markup: string, name: string): Promise<string[]> {
  const report = await validator.validateString(markup, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

function pagesOf(model: SiteModel, forces: readonly string[]): [string, string][] {
  const forcePages = forces.map((name) => {
    const p = model.pages.find((x) => x.force.startsWith(name));
    if (!p) throw new Error(`No page for ${name}`);
    return [p.file, forcePage(model, p)] as [string, string];
  });
  return [["index.html", indexPage(model)], ["summary.html", summaryPage(model)], ["methods.html", methodsPage(model)], ["data.html", dataPage(model)], ...forcePages];
}

const hostileSurrey = `Surrey ${hostile.attribute}`;

function hostileSnapshot(base: WorkbookSnapshot): WorkbookSnapshot {
  let s = base;
  const rename = (v: CellValue): CellValue => (v === "Surrey" ? hostileSurrey : v);
  for (const sheet of ["Forces", "MSG", "Data", "Finance", "Survey", "Evidence", "Actions"]) {
    s = mapRows(s, sheet, (row, col) => row.map((v, i) => (i === col("Force") || i === col("Peer") ? rename(v) : v)));
  }
  s = mapRows(s, "Forces", (row, col) => row.map((v, i) => (i === col("Region") && row[col("Force")] === "Kent" ? hostile.script : v)));
  s = mapRows(s, "Actions", (row, col) => row.map((v, i) => (i === col("Action") && row[col("Force")] === "Kent" ? hostile.attribute : v)));
  s = mapRows(s, "Evidence", (row, col) => row.map((v, i) => (i === col("Detail") && row[col("Force")] === "Kent" ? hostile.formula : v)));
  s = mapRows(s, "Data", (row, col) => row.map((v, i) => (i === col("Source") && row[col("Data set id")] === "burglary" ? hostile.quote : v)));
  const assessed = assessAll(s);
  s = withTable(
    s,
    "Assessment",
    assessmentColumns,
    assessmentRows(assessed, ["Kent", hostileSurrey], {
      "Kent|Local Crime and Policing": { grade: "Excellent", reason: hostile.script },
      "Kent|Confidence and Satisfaction": { grade: hostile.script, reason: hostile.quote },
    }),
  );
  s = withTable(s, "Report", ["Force", "Domain", "Question", "Text", "Reading ease"], [["Kent", "Local Crime and Policing", "What does the force do well?", `${hostile.formula}\n\n${hostile.script}`, 50]]);
  s = withTable(s, "Responses", ["Force", "From", "Response", "Date"], [["Kent", "Force", `${hostile.formula}\n\n${hostile.script}`, "2009-06-30"]]);
  s = mapRows(s, "Forces", (row, col) => row.map((v, i) => (i === col("Chief constable") && row[col("Force")] === "Kent" ? hostile.quote : v)));
  s = mapRows(s, "Scale", (row, col) => row.map((v, i) => (i === col("Definition") && row[col("Grade")] === "Good" ? hostile.script : v)));
  s = { ...s, about: { ...s.about, "Comments and complaints": hostile.attribute } };
  return s;
}

describe("published pages", () => {
  let sample: SiteModel;
  let attacked: SiteModel;

  beforeAll(async () => {
    const snapshot = await sampleSnapshot();
    sample = modelOf(snapshot, true);
    attacked = modelOf(hostileSnapshot(snapshot), false);
  }, 60_000);

  it("are valid HTML: the index, a force, the summary, the methods page and the open data page", async () => {
    for (const [name, markup] of pagesOf(sample, ["Kent"])) expect(await problems(markup, name)).toEqual([]);
  }, 60_000);

  it("carry the content security policy, the DRAFT mark and the illustrative mark on every page", () => {
    for (const [, markup] of pagesOf(sample, ["Kent"])) {
      expect(markup).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replace(/'/g, "&#39;")}">`);
      expect(markup).toContain("DRAFT: not for publication.");
      expect(markup).toContain("<strong>Illustrative data:</strong>");
      expect(markup).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it("publish only Final reports without --drafts, and say so", () => {
    expect(attacked.pages.map((p) => p.force)).toEqual(["Kent", hostileSurrey]);
    expect(attacked.heldBack).toHaveLength(41);
    expect(indexPage(attacked)).toContain("41 forces&#39; reports are not yet final");
    expect(indexPage(attacked)).not.toContain("DRAFT");
  });

  it("show the final grade a person decided, with the reason, and the recommendation otherwise", () => {
    const kent = attacked.pages.find((p) => p.force === "Kent");
    expect(kent?.grades.get("local-crime")).toMatchObject({ final: "Excellent", shown: "Excellent" });
    expect(kent?.grades.get("serious-harm")).toMatchObject({ final: null });
    const markup = forcePage(attacked, kent as NonNullable<typeof kent>);
    expect(markup).toContain("Decided by a person");
    expect(markup).toContain("Recommended by the method; a person has not yet decided");
  });

  it("escape hostile text from the workbook everywhere and stay valid", async () => {
    const pages = pagesOf(attacked, ["Kent", "Surrey"]);
    for (const [name, markup] of pages) {
      expect(await problems(markup, name)).toEqual([]);
      expect(markup).not.toMatch(/<script>alert|<img|<b>bold|href="http:\/\/evil/i);
      expect(markup.match(/<script/g) ?? []).toEqual(name === "index.html" ? ["<script"] : []);
    }
    const all = pages.map(([, m]) => m).join("\n");
    expect(all).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(all).toContain("Surrey &quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(all).toContain("=HYPERLINK(&quot;http://evil.example/&quot;,&quot;click&quot;)");
    expect(all).toContain("O&#39;Brien &amp; &quot;Partners&quot; &lt;b&gt;bold&lt;/b&gt;");
    expect(pages.map(([name]) => name)).toContain("force-surrey-img-src-x-onerror-alert-1.html");
  }, 60_000);

  it("give every force page the grade definitions, the force in context, dates, who decided, responses, a comment address, CSV links and England and Wales", () => {
    const kent = attacked.pages.find((p) => p.force === "Kent");
    const markup = forcePage(attacked, kent as NonNullable<typeof kent>);
    expect(markup).toContain("<strong>What Excellent means:</strong> The force performs well above what is expected");
    expect(markup).toContain('<h2 id="about-force">About this force</h2>');
    expect(markup).toMatch(/<dt>Population<\/dt><dd>1,[0-9]{3},[0-9]{3}<\/dd>/);
    expect(markup).toMatch(/<dt>Cost per head of population<\/dt><dd>£[0-9,]+\.[0-9]{2}<\/dd>/);
    expect(markup).toContain("<dt>Police authority</dt><dd>Not recorded in the workbook</dd>");
    expect(markup).toContain("<dt>The figures cover</dt><dd>2006/07 to 2008/09 (financial years, April to March)</dd>");
    expect(markup).toContain("<dt>Published</dt><dd>2009-07-01</dd>");
    expect(markup).toContain("Decided by a person the workbook does not name, on a date the workbook does not give.");
    expect(markup).toContain("The response of Kent, in its own words, given on 2009-06-30.");
    expect(markup).toContain("No response yet from the police authority.");
    expect(markup).toContain("To comment on this report, or to complain about it, write to:");
    expect(markup).toContain('<a href="data/kent-2008-09-01-');
    expect(markup).toContain("England and Wales");

    const surrey = attacked.pages.find((p) => p.force !== "Kent");
    const other = forcePage(attacked, surrey as NonNullable<typeof surrey>);
    expect(other).toContain("No response yet from Surrey");
    expect(other).toContain("<strong>What Good means:</strong> &lt;script&gt;");
  });

  it("link a CSV beside every table, each file written once, with names that sort in the order of the page", () => {
    const kent = sample.pages.find((p) => p.force === "Kent");
    const files = forcePageFiles(sample, kent as NonNullable<typeof kent>);
    const [page, ...csvs] = files;
    const links = [...(page?.content ?? "").matchAll(/<a href="(data\/[^"]+\.csv)" download>/g)].map((m) => m[1]);
    const tables = (page?.content ?? "").match(/<table>/g) ?? [];
    expect(links).toEqual(csvs.map((f) => f.path));
    expect(links).toHaveLength(tables.length);
    expect([...links].sort()).toEqual(links);
    for (const f of csvs) expect(f.content.startsWith(BOM)).toBe(true);
  });

  it("neutralise formula-like text in the CSV files and write the national files linked from the index", () => {
    const files = new Map(siteFiles(attacked).map((f) => [f.path, f.content]));
    const grades = files.get("data/england-and-wales-2008-09-2-grades.csv") ?? "";
    expect(files.has("data/england-and-wales-2008-09-1-figures.csv")).toBe(true);
    expect(grades.startsWith(`${BOM}Force,Domain,Recommended grade,Final grade,Grade shown,Override reason,Assessor,Date,Status\r\n`)).toBe(true);
    expect(grades).toContain(`Kent,Local Crime and Policing,`);
    expect(grades).toContain(`,"O'Brien & ""Partners"" <b>bold</b>",`);
    expect(indexPage(attacked)).toContain('href="data/england-and-wales-2008-09-1-figures.csv"');
    expect(indexPage(attacked)).toContain('href="data.html"');
    const all = [...files.entries()].filter(([p]) => p.endsWith(".csv")).map(([, c]) => c).join("\n");
    expect(all).not.toMatch(/(^|,|")=HYPERLINK/m);
  });
});
