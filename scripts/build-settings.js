/**
 * Build settings read from the environment, shared by webpack.config.js, the manifest checks and tests.
 *
 * - ADDIN_URL: where dist/ will be served from, ending in "/" (default https://localhost:3000/).
 * - OFFICE_JS: "local" (office.js copied into dist/office-js/, no network) or "cdn" (Microsoft's CDN,
 *   required for AppSource).
 */
const { URL } = require("node:url");

const DEFAULT_ADDIN_URL = "https://localhost:3000/";
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN_URL = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_LOCAL_PATH = "office-js/office.js";

/** The token in manifest.xml that the build replaces with the hosting address (".invalid" never resolves). */
const ADDIN_URL_PLACEHOLDER = "https://addin-url.invalid/";

function readAddinUrl(value) {
  const raw = value === undefined || value.trim() === "" ? DEFAULT_ADDIN_URL : value.trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL "${raw}" is not an absolute address such as https://your.server/ra/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`ADDIN_URL "${raw}" must start with https:// (Office loads add-ins only over https)`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`ADDIN_URL "${raw}" must not have a query or fragment`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function readOfficeJs(value) {
  const source = value === undefined || value.trim() === "" ? "local" : value.trim();
  if (source !== "local" && source !== "cdn") {
    throw new Error(`OFFICE_JS must be "local" or "cdn", not "${source}"`);
  }
  return source;
}

/**
 * The Content Security Policy of a page. The Office page may load office.js from Microsoft's CDN when
 * built with OFFICE_JS=cdn; the preview never loads office.js.
 */
function contentSecurityPolicy({ officeJs, page }) {
  const cdn = page === "office" && officeJs === "cdn" ? ` ${OFFICE_JS_CDN_ORIGIN}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${cdn}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

function readBuildSettings(env = process.env) {
  const officeJs = readOfficeJs(env.OFFICE_JS);
  return {
    addinUrl: readAddinUrl(env.ADDIN_URL),
    officeJs,
    officeJsSrc: officeJs === "cdn" ? OFFICE_JS_CDN_URL : OFFICE_JS_LOCAL_PATH,
  };
}

/** manifest.xml with the placeholder replaced: full URLs by the address, bare origins by its origin. */
function substituteAddinUrl(xml, addinUrl) {
  const origin = new URL(addinUrl).origin;
  const bareOrigin = ADDIN_URL_PLACEHOLDER.slice(0, -1);
  return xml.split(ADDIN_URL_PLACEHOLDER).join(addinUrl).split(bareOrigin).join(origin);
}

module.exports = {
  ADDIN_URL_PLACEHOLDER,
  DEFAULT_ADDIN_URL,
  OFFICE_JS_CDN_URL,
  contentSecurityPolicy,
  readBuildSettings,
  substituteAddinUrl,
};
