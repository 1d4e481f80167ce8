/**
 * A regression pin, not a specification: the pages of three forces from the national sample (Kent,
 * Surrey and Dyfed-Powys marked Final) must stay byte for byte as committed under
 * test/fixtures/publish/. After an intended change, look at the pages, then rewrite them with
 * UPDATE_GOLDEN=1 npx jest test/integration/publish.golden.test.ts and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { siteFiles } from "../../src/publish";
import { assessAll, assessmentColumns, assessmentRows, modelOf, sampleSnapshot, withTable } from "../unit/publish/sampleSite";

const fixtures = join(__dirname, "..", "fixtures", "publish");
const pinned = ["force-kent.html", "force-surrey.html", "force-dyfed-powys.html"];

describe("published pages of Kent, Surrey and Dyfed-Powys (regression pin)", () => {
  let files: Map<string, string>;

  beforeAll(async () => {
    const sample = await sampleSnapshot();
    const snapshot = withTable(sample, "Assessment", assessmentColumns, assessmentRows(assessAll(sample), ["Kent", "Surrey", "Dyfed-Powys"]));
    files = new Map(siteFiles(modelOf(snapshot, false)).map((f) => [f.path, f.content]));
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(fixtures, { recursive: true });
      for (const name of pinned) writeFileSync(join(fixtures, name), files.get(name) ?? "");
    }
  }, 60_000);

  it("publishes exactly the three Final forces", () => {
    expect([...files.keys()].filter((f) => f.startsWith("force-")).sort()).toEqual([...pinned].sort());
  });

  it.each(pinned)("%s matches the pinned page", (name) => {
    const path = join(fixtures, name);
    expect(existsSync(path)).toBe(true);
    expect(files.get(name)).toBe(readFileSync(path, "utf8"));
  });
});
