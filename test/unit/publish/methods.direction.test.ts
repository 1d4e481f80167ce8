import { methodsPage } from "../../../src/publish/pages/methods";
import { modelOf, sampleSnapshot } from "./sampleSite";

// The methods page on the national sample (issue 11): direction against England and Wales explained in
// plain words, and the comparative-satisfaction gap, given there with both groups' sample sizes, no
// longer called a figure with no sampling error.
describe("the methods page on direction of travel and untested figures", () => {
  let page = "";
  beforeAll(async () => {
    page = methodsPage(modelOf(await sampleSnapshot(), true));
  }, 120_000);

  const section = (heading: string) => {
    const start = page.indexOf(`<h4>${heading}</h4>`);
    return page.slice(start, page.indexOf("</dl>", start));
  };

  it("explains that a force's change is set beside the change for England and Wales, and only the difference counts", () => {
    expect(page).toContain("each force's change is set beside the change for England and Wales as a whole");
    expect(page).toContain("A force whose crime fell by as much as the country's is Stable");
    expect(page).toContain("conditional binomial test");
    expect(page).toContain("direction-compared-with");
  });

  it("says the comparative-satisfaction gap is tested from both sample sizes, not that it has no sampling error", () => {
    const gap = section("Comparative satisfaction");
    expect(gap).toContain("tested: as a difference of two proportions from both sample sizes");
    expect(gap).not.toContain("A figure with no sampling error");
  });

  it("says costs and asset recovery are never tested, judged by the 10% material gap, not a 5% tolerance", () => {
    for (const name of ["Asset recovery", "Cost per police officer", "Average cost per Band D property"]) {
      const text = section(name);
      expect(text).toContain("never tested and never called significant");
      expect(text).toContain("at least 10%");
      expect(text).not.toContain("5%");
    }
  });
});
