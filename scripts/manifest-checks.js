/**
 * The project's own checks of manifest.xml, beyond what the XML schemas catch. Used by
 * scripts/validate-manifest.js and test/unit/manifest.test.ts.
 */
const fs = require("node:fs");
const path = require("node:path");
const { URL } = require("node:url");
const { ADDIN_URL_PLACEHOLDER } = require("./build-settings");
const { parseXml, children, child, descendants, localName } = require("./xml");

const TASKPANE_PAGE = "taskpane.html";
const NAMESPACE = "RA";
const REQUIRED_SETS = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const attr = (element, name) => (element ? element.attributes[name] : undefined);
const type = (element) => attr(element, "xsi:type");
const defaultValue = (element) => attr(element, "DefaultValue");

function resourcesOf(manifest) {
  const resources = new Map();
  const duplicates = [];
  const groups = child(manifest, "VersionOverrides", "Resources");
  for (const group of groups ? groups.children : []) {
    for (const item of group.children) {
      const id = attr(item, "id");
      if (id === undefined) continue;
      if (resources.has(id)) duplicates.push(id);
      resources.set(id, { kind: localName(group.name), value: defaultValue(item) });
    }
  }
  return { resources, duplicates };
}

function workbookHost(manifest) {
  const hosts = child(manifest, "VersionOverrides", "Hosts");
  return hosts ? children(hosts, "Host").find((host) => type(host) === "Workbook") : undefined;
}

function customFunctionsPoint(host) {
  const all = host && child(host, "AllFormFactors");
  return all ? children(all, "ExtensionPoint").find((point) => type(point) === "CustomFunctions") : undefined;
}

function showTaskpaneActions(host) {
  return host ? descendants(host).filter((e) => localName(e.name) === "Action" && type(e) === "ShowTaskpane") : [];
}

/** Every address in the manifest with where it came from (resources, top-level settings, app domains). */
function addressesOf(manifest) {
  const topLevel = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => ({
    where: name,
    value: defaultValue(child(manifest, name)),
  }));
  const source = { where: "DefaultSettings/SourceLocation", value: defaultValue(child(manifest, "DefaultSettings", "SourceLocation")) };
  const domains = children(child(manifest, "AppDomains") || { children: [] }, "AppDomain").map((e) => ({ where: "AppDomain", value: e.text.trim(), origin: true }));
  const { resources } = resourcesOf(manifest);
  const fromResources = [...resources]
    .filter(([, r]) => r.kind === "Urls" || r.kind === "Images")
    .map(([id, r]) => ({ where: `resource ${id}`, value: r.value }));
  return [...topLevel, source, ...domains, ...fromResources];
}

/**
 * Checks a manifest's text. `expect: "source"` is the project's manifest.xml (placeholder addresses);
 * `expect: "built"` is dist/manifest.xml, whose addresses must start with `addinUrl` when given.
 * Returns one result per check: { name, ok, detail }.
 */
function checkManifest(xml, { assetsDir, expect = "source", addinUrl } = {}) {
  let manifest;
  try {
    manifest = parseXml(xml);
  } catch (error) {
    return [{ name: "manifest is well-formed XML", ok: false, detail: error.message }];
  }
  const results = [];
  const check = (name, ok, detail = "") => results.push({ name, ok: Boolean(ok), detail: ok ? "" : detail });

  check("root is a task pane add-in (OfficeApp xsi:type TaskPaneApp)", localName(manifest.name) === "OfficeApp" && type(manifest) === "TaskPaneApp", `found <${manifest.name}> of type ${type(manifest)}`);
  const id = (child(manifest, "Id") || { text: "" }).text.trim();
  check("Id is a GUID", GUID.test(id), `Id is "${id}"`);
  const locale = (child(manifest, "DefaultLocale") || { text: "" }).text.trim();
  check("DefaultLocale is en-GB", locale === "en-GB", `DefaultLocale is "${locale}"`);
  const permissions = (child(manifest, "Permissions") || { text: "" }).text.trim();
  check("Permissions are ReadWriteDocument", permissions === "ReadWriteDocument", `Permissions are "${permissions}"`);
  const hosts = children(child(manifest, "Hosts") || { children: [] }, "Host").map((h) => attr(h, "Name"));
  check("Hosts include Workbook", hosts.includes("Workbook"), `Hosts are ${hosts.join(", ") || "none"}`);

  const sets = children(child(manifest, "Requirements", "Sets") || { children: [] }, "Set");
  for (const [name, version] of Object.entries(REQUIRED_SETS)) {
    const set = sets.find((s) => attr(s, "Name") === name);
    const min = attr(set, "MinVersion") || attr(child(manifest, "Requirements", "Sets"), "DefaultMinVersion");
    check(`Requirements include ${name} ${version}`, set && min === version, set ? `${name} MinVersion is ${min}` : `no ${name} requirement`);
  }

  const { resources, duplicates } = resourcesOf(manifest);
  check("resource ids are unique", duplicates.length === 0, `repeated: ${duplicates.join(", ")}`);
  const referenced = [...new Set(descendants(manifest).map((e) => attr(e, "resid")).filter((r) => r !== undefined))];
  const missing = referenced.filter((resid) => !resources.has(resid));
  check("every resid refers to a defined resource", missing.length === 0, `undefined: ${missing.join(", ")}`);
  const url = (resid) => resources.get(resid)?.value;

  const host = workbookHost(manifest);
  check("VersionOverrides has a Workbook host", host, "no <Host xsi:type=\"Workbook\"> in VersionOverrides");
  const hostChildren = host ? host.children.map((c) => localName(c.name)) : [];
  const runtimesAt = hostChildren.indexOf("Runtimes");
  const allAt = hostChildren.indexOf("AllFormFactors");
  check("Runtimes comes before AllFormFactors", runtimesAt !== -1 && allAt !== -1 && runtimesAt < allAt, runtimesAt === -1 ? "no <Runtimes>" : allAt === -1 ? "no <AllFormFactors>" : "<Runtimes> comes after <AllFormFactors>");
  const runtime = host ? child(host, "Runtimes", "Runtime") : undefined;
  check("the shared runtime lives long (lifetime=\"long\")", attr(runtime, "lifetime") === "long", `lifetime is ${attr(runtime, "lifetime")}`);

  const functions = customFunctionsPoint(host);
  check("AllFormFactors has a CustomFunctions extension point", functions, "no <ExtensionPoint xsi:type=\"CustomFunctions\">");
  const sourceLocation = (...p) => attr(functions && child(functions, ...p, "SourceLocation"), "resid");
  const pages = {
    "DefaultSettings SourceLocation": defaultValue(child(manifest, "DefaultSettings", "SourceLocation")),
    Runtime: url(attr(runtime, "resid")),
    "custom functions Page": url(sourceLocation("Page")),
    FunctionFile: url(attr(host && child(host, "DesktopFormFactor", "FunctionFile"), "resid")),
    ...Object.fromEntries(showTaskpaneActions(host).map((a, i) => [`ShowTaskpane action ${i + 1}`, url(attr(child(a, "SourceLocation"), "resid"))])),
  };
  const pageUrls = new Set(Object.values(pages));
  const [page] = pageUrls;
  check(
    `Runtime, Page, FunctionFile and task pane all load ${TASKPANE_PAGE}`,
    pageUrls.size === 1 && typeof page === "string" && page.endsWith(`/${TASKPANE_PAGE}`),
    Object.entries(pages).map(([k, v]) => `${k}: ${v}`).join("; "),
  );
  check("custom functions Script is functions.js", (url(sourceLocation("Script")) || "").endsWith("/functions.js"), `Script is ${url(sourceLocation("Script"))}`);
  check("custom functions Metadata is functions.json", (url(sourceLocation("Metadata")) || "").endsWith("/functions.json"), `Metadata is ${url(sourceLocation("Metadata"))}`);
  const namespace = url(attr(functions && child(functions, "Namespace"), "resid"));
  check(`custom functions Namespace is ${NAMESPACE}`, namespace === NAMESPACE, `Namespace is ${namespace}`);
  const homeButton = host && descendants(host).find((e) => localName(e.name) === "OfficeTab" && attr(e, "id") === "TabHome");
  check("a Home tab button opens the task pane", homeButton && showTaskpaneActions(homeButton).length > 0, "no ShowTaskpane action on OfficeTab TabHome");

  const addresses = addressesOf(manifest);
  const taskpaneUrl = defaultValue(child(manifest, "DefaultSettings", "SourceLocation")) || "";
  const inferredBase = taskpaneUrl.endsWith(`/${TASKPANE_PAGE}`) ? taskpaneUrl.slice(0, -TASKPANE_PAGE.length) : undefined;
  const base = expect === "source" ? ADDIN_URL_PLACEHOLDER : (addinUrl ?? inferredBase);
  if (expect === "source") {
    const startsWithPlaceholder = (a) => a.value && (a.origin ? `${a.value}/` === ADDIN_URL_PLACEHOLDER : a.value.startsWith(ADDIN_URL_PLACEHOLDER));
    const wrong = addresses.filter((a) => !startsWithPlaceholder(a));
    check("addresses use the placeholder the build replaces", wrong.length === 0, `not on ${ADDIN_URL_PLACEHOLDER}: ${wrong.map((a) => `${a.where} ${a.value}`).join(", ")}`);
  } else {
    const leftover = addresses.filter((a) => !a.value || a.value.startsWith(ADDIN_URL_PLACEHOLDER.slice(0, -1)));
    check("no placeholder address is left", leftover.length === 0, `placeholder in ${leftover.map((a) => a.where).join(", ")}`);
    if (addinUrl !== undefined) {
      const origin = new URL(addinUrl).origin;
      const elsewhere = addresses.filter((a) => !(a.origin ? a.value === origin : (a.value || "").startsWith(addinUrl)));
      check(`addresses start with ${addinUrl}`, elsewhere.length === 0, `elsewhere: ${elsewhere.map((a) => `${a.where} ${a.value}`).join(", ")}`);
    }
  }

  const icons = [
    { where: "IconUrl", value: defaultValue(child(manifest, "IconUrl")) },
    { where: "HighResolutionIconUrl", value: defaultValue(child(manifest, "HighResolutionIconUrl")) },
    ...[...resources].filter(([, r]) => r.kind === "Images").map(([rid, r]) => ({ where: rid, value: r.value })),
  ];
  const iconFiles = icons.map((icon) => ({ ...icon, file: base && icon.value && icon.value.startsWith(`${base}assets/`) ? icon.value.slice(`${base}assets/`.length) : undefined }));
  const badIcons = iconFiles.filter((icon) => !assetsDir || icon.file === undefined || !fs.existsSync(path.join(assetsDir, icon.file)));
  check("every icon is a file in assets/", badIcons.length === 0, `not found in assets/: ${badIcons.map((i) => `${i.where} ${i.value}`).join(", ")}`);
  const sizes = (child(host || { children: [] }, "DesktopFormFactor") ? descendants(host) : []).filter((e) => localName(e.name) === "Image" && attr(e, "size")).map((e) => attr(e, "size"));
  check("ribbon icons come in 16, 32 and 80 px", ["16", "32", "80"].every((s) => sizes.includes(s)), `sizes: ${[...new Set(sizes)].join(", ")}`);

  return results;
}

/** Checks a manifest file; `expect` as for {@link checkManifest}. */
function checkManifestFile(file, options) {
  return checkManifest(fs.readFileSync(file, "utf8"), options);
}

module.exports = { checkManifest, checkManifestFile, NAMESPACE, TASKPANE_PAGE };
