/**
 * `npm run validate`: checks manifest.xml (and dist/manifest.xml when a build exists)
 * (a) against the Office XML schemas with xmllint, when the schemas and xmllint are available, and
 * (b) with the project's own structural checks (scripts/manifest-checks.js).
 * Exits non-zero on any failure.
 */
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { checkManifestFile } = require("./manifest-checks");

const root = path.join(__dirname, "..");
const schemaDir = process.env.MANIFEST_SCHEMAS || path.join(root, "..", "shared", "reference", "manifest-schemas");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
const assetsDir = path.join(root, "assets");

function xmllintAvailable() {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !probe.error && probe.status === 0;
}

function schemaCheck(files) {
  console.log("\n(a) Office XML schemas (xmllint)");
  if (!fs.existsSync(schema)) {
    console.log(`  SKIPPED: no schemas at ${schema} (they live outside the project, in ../shared; set MANIFEST_SCHEMAS to another folder).`);
    return true;
  }
  if (!xmllintAvailable()) {
    console.log("  SKIPPED: xmllint is not installed (Debian: apt-get install libxml2-utils).");
    return true;
  }
  let ok = true;
  for (const file of files) {
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
    const passed = run.status === 0;
    ok &&= passed;
    console.log(`  ${passed ? "ok  " : "FAIL"} ${path.relative(root, file)}`);
    if (!passed) console.log(`${run.stderr}${run.stdout}`.trim().replace(/^/gm, "       "));
  }
  return ok;
}

function structuralCheck(file, options) {
  console.log(`\n(b) structure of ${path.relative(root, file)}`);
  const results = checkManifestFile(file, options);
  for (const result of results) {
    console.log(`  ${result.ok ? "ok  " : "FAIL"} ${result.name}${result.ok ? "" : `\n       ${result.detail}`}`);
  }
  return results.every((result) => result.ok);
}

function main() {
  const source = path.join(root, "manifest.xml");
  const built = path.join(root, "dist", "manifest.xml");
  const hasBuild = fs.existsSync(built);
  const files = hasBuild ? [source, built] : [source];
  const addinUrl = process.env.ADDIN_URL ? require("./build-settings").readBuildSettings().addinUrl : undefined;

  const results = [
    schemaCheck(files),
    structuralCheck(source, { assetsDir, expect: "source" }),
    ...(hasBuild ? [structuralCheck(built, { assetsDir: path.join(root, "dist", "assets"), expect: "built", ...(addinUrl ? { addinUrl } : {}) })] : []),
  ];
  if (!hasBuild) console.log("\n(dist/manifest.xml not checked: no build yet; run npm run build first to check it too.)");
  const ok = results.every(Boolean);
  console.log(ok ? "\nManifest checks passed." : "\nManifest checks FAILED.");
  process.exitCode = ok ? 0 : 1;
}

main();
