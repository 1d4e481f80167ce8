import { html } from "../escape";
import { page } from "../layout";
import type { ForcePage, SiteModel } from "../model";
import { nationalCsvPaths } from "./data";

const byName = (a: string, b: string): number => a.localeCompare(b, "en-GB", { sensitivity: "base" });

/** The forces by region: regions and forces alphabetical (never a league table), with a search box. */
export function indexPage(model: SiteModel): string {
  const regions = new Map<string, ForcePage[]>();
  for (const p of model.pages) regions.set(p.region, [...(regions.get(p.region) ?? []), p]);
  const sorted = [...regions.entries()].sort(([a], [b]) => byName(a, b));
  const held = model.heldBack.length;
  const body = html`<h1>Police forces of England and Wales: rounded assessment ${model.year}</h1>
<p class="lede">Each force has a page with its grades for three domains, what each grade means, the report answering three questions (what the force does well, where it needs to improve, what it is doing to improve), a value-for-money profile and charts of every figure against similar forces.</p>
<p>Forces are listed by region, in alphabetical order. The list is not a ranking.${held > 0 ? ` ${held} ${held === 1 ? "force's report is" : "forces' reports are"} not yet final, so ${held === 1 ? "it is" : "they are"} not listed.` : ""}</p>
<p>Download the figures and grades of every force listed: <a href="${nationalCsvPaths(model).figures}" download>every figure (CSV)</a>, <a href="${nationalCsvPaths(model).grades}" download>every grade (CSV)</a>, and <a href="data.html">what each column means</a>.</p>
<div class="search" id="search" hidden>
<label for="force-search">Find a force by name or region</label>
<input id="force-search" type="search" autocomplete="off" aria-describedby="search-status">
<p id="search-status" class="meta" role="status" aria-live="polite"></p>
</div>
${sorted.map(
  ([region, pages], i) => html`<section class="region" aria-labelledby="region-${i + 1}" data-region="${region.toLowerCase()}">
<h2 id="region-${i + 1}">${region}</h2>
<ul class="region-list">
${[...pages].sort((a, b) => byName(a.force, b.force)).map((p) => html`<li data-name="${p.force.toLowerCase()}"><a href="${p.file}">${p.force}</a></li>\n`)}</ul>
</section>
`,
)}${model.pages.length === 0 ? html`<p>No force's report is final yet.</p>` : ""}<script src="search.js"></script>`;
  return page(model, { title: `Police forces by region: rounded assessment ${model.year}`, current: "index", body });
}

/**
 * The search box's script (search.js): shows the box, then hides the forces and regions whose names do
 * not contain what is typed. It reads only the page it is on, so it works from files with no server.
 */
export const searchScript = `"use strict";
(function () {
  var box = document.getElementById("search");
  var input = document.getElementById("force-search");
  var status = document.getElementById("search-status");
  if (!box || !input || !status) return;
  box.hidden = false;
  var words = function (s) { return s.toLowerCase().normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim(); };
  input.addEventListener("input", function () {
    var query = words(input.value);
    var shown = 0;
    document.querySelectorAll("section.region").forEach(function (region) {
      var regionMatches = query !== "" && words(region.getAttribute("data-region") || "").indexOf(query) >= 0;
      var any = false;
      region.querySelectorAll("li[data-name]").forEach(function (item) {
        var match = query === "" || regionMatches || words(item.getAttribute("data-name") || "").indexOf(query) >= 0;
        item.hidden = !match;
        if (match) { any = true; shown++; }
      });
      region.hidden = !any;
    });
    status.textContent = query === "" ? "" : shown === 0 ? "No force matches." : shown === 1 ? "1 force matches." : shown + " forces match.";
  });
})();
`;
