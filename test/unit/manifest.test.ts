import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_URL_PLACEHOLDER, readBuildSettings, substituteAddinUrl } from "../../scripts/build-settings";
import { checkManifest, type ManifestCheck } from "../../scripts/manifest-checks";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const assetsDir = join(root, "assets");

const failures = (checks: readonly ManifestCheck[]) => checks.filter((c) => !c.ok).map((c) => c.name);

function edited(from: string | RegExp, to: string): string {
  const result = manifest.replace(from, to);
  if (result === manifest) throw new Error(`The edit ${String(from)} changed nothing: update the test`);
  return result;
}

describe("manifest.xml", () => {
  it("passes every structural check", () => {
    expect(failures(checkManifest(manifest, { assetsDir }))).toEqual([]);
  });

  it("passes as a built manifest once the hosting address is substituted", () => {
    const addinUrl = "https://police.example.gov.uk/ra/";
    const built = substituteAddinUrl(manifest, addinUrl);
    expect(built).not.toContain(ADDIN_URL_PLACEHOLDER);
    expect(built).toContain("<AppDomain>https://police.example.gov.uk</AppDomain>");
    expect(built).toContain('DefaultValue="https://police.example.gov.uk/ra/taskpane.html"');
    expect(failures(checkManifest(built, { assetsDir, expect: "built", addinUrl }))).toEqual([]);
  });

  it("fails as a built manifest while the placeholder is still there", () => {
    expect(failures(checkManifest(manifest, { assetsDir, expect: "built" }))).toContain("no placeholder address is left");
  });
});

describe("a broken manifest fails", () => {
  const broken: ReadonlyArray<readonly [string, string, string]> = [
    ["Runtimes removed", edited(/<Runtimes>[\s\S]*?<\/Runtimes>/, ""), "Runtimes comes before AllFormFactors"],
    [
      "Runtimes after AllFormFactors",
      edited(/(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$3$2$1"),
      "Runtimes comes before AllFormFactors",
    ],
    ["a short-lived runtime", edited('lifetime="long"', 'lifetime="short"'), 'the shared runtime lives long (lifetime="long")'],
    ["namespace changed", edited('id="Functions.Namespace" DefaultValue="RA"', 'id="Functions.Namespace" DefaultValue="POLICE"'), "custom functions Namespace is RA"],
    [
      "the function file on another page",
      edited('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>').replace(
        "<bt:Urls>",
        '<bt:Urls><bt:Url id="Commands.Url" DefaultValue="https://addin-url.invalid/commands.html"/>',
      ),
      "Runtime, Page, FunctionFile and task pane all load taskpane.html",
    ],
    ["an undefined resid", edited('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), "every resid refers to a defined resource"],
    ["no shared runtime requirement", edited(/<Set Name="SharedRuntime"[^>]*\/>/, ""), "Requirements include SharedRuntime 1.1"],
    ["read-only permission", edited("<Permissions>ReadWriteDocument", "<Permissions>ReadDocument"), "Permissions are ReadWriteDocument"],
    ["American locale", edited("<DefaultLocale>en-GB", "<DefaultLocale>en-US"), "DefaultLocale is en-GB"],
    ["an icon that is not in assets/", edited("assets/icon-80.png", "assets/icon-81.png"), "every icon is a file in assets/"],
    [
      "a hard-coded address",
      edited('"https://addin-url.invalid/taskpane.html"/>\n  </DefaultSettings>', '"https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'),
      "addresses use the placeholder the build replaces",
    ],
    ["no ribbon button", edited('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'), "a Home tab button opens the task pane"],
    ["malformed XML", edited("</OfficeApp>", "</OfficeAp>"), "manifest is well-formed XML"],
  ];

  it.each(broken)("%s", (_name, xml, expectedFailure) => {
    expect(failures(checkManifest(xml, { assetsDir }))).toContain(expectedFailure);
  });
});

describe("build settings", () => {
  it("defaults to https://localhost:3000/ and the local office.js", () => {
    expect(readBuildSettings({})).toEqual({ addinUrl: "https://localhost:3000/", officeJs: "local", officeJsSrc: "office-js/office.js" });
  });

  it("adds the final slash to ADDIN_URL and takes office.js from the CDN when asked", () => {
    const settings = readBuildSettings({ ADDIN_URL: "https://police.example.gov.uk/ra", OFFICE_JS: "cdn" });
    expect(settings.addinUrl).toBe("https://police.example.gov.uk/ra/");
    expect(settings.officeJsSrc).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it.each([
    [{ ADDIN_URL: "police.example.gov.uk" }],
    [{ ADDIN_URL: "ftp://police.example.gov.uk/" }],
    [{ ADDIN_URL: "https://police.example.gov.uk/?x=1" }],
    [{ OFFICE_JS: "unpkg" }],
  ])("refuses %j", (env) => {
    expect(() => readBuildSettings(env)).toThrow();
  });
});
