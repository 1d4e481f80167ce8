/**
 * A small static server for dist/ on 127.0.0.1 (plain http; for the preview and tests, not for Office).
 * `node scripts/serve.js` uses PORT (default 3000); tests call startServer({ port: 0 }).
 */
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const DIST = path.join(__dirname, "..", "dist");
const HOST = "127.0.0.1";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".gif": "image/gif",
  ".jpg": "image/jpeg",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function send(response, status, body, headers = {}) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  response.end(body);
}

/** The file under `root` that a request path names, or null when it would leave `root`. */
function resolveInside(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.split(/[\\/]/).includes("..")) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(`${root}${path.sep}`) ? file : null;
}

function handler(root) {
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
      return;
    }
    const pathname = (request.url || "/").split(/[?#]/, 1)[0];
    if (pathname === "/") {
      send(response, 302, "", { Location: "/preview.html" });
      return;
    }
    const file = resolveInside(root, pathname);
    if (file === null) {
      send(response, 403, "Forbidden\n");
      return;
    }
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) {
        send(response, 404, "Not found\n");
        return;
      }
      response.writeHead(200, {
        "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stats.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (request.method === "HEAD") {
        response.end();
        return;
      }
      fs.createReadStream(file).pipe(response);
    });
  };
}

/**
 * Serves `root` (default dist/) on 127.0.0.1. Port 0 picks a free port.
 * Resolves to { url, port, close() } where url ends in "/".
 */
function startServer({ port = 0, root = DIST } = {}) {
  const resolvedRoot = path.resolve(root);
  const server = http.createServer(handler(resolvedRoot));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address !== null ? address.port : port;
      resolve({
        url: `http://${HOST}:${actualPort}/`,
        port: actualPort,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "preview.html"))) {
    console.error("dist/ has no build: run `npm run build:dev` (or `npm start`, which builds first).");
    process.exitCode = 1;
    return;
  }
  const port = Number.parseInt(process.env.PORT || "3000", 10);
  const { url } = await startServer({ port });
  console.log(`Serving dist/ at ${url}`);
  console.log(`  Preview (the task pane outside Excel): ${url}preview.html`);
  console.log(`  Manifest for sideloading: ${path.join(DIST, "manifest.xml")}`);
  console.log("  This server uses plain http; Office needs https (see README: npm run dev-server).");
  console.log("Press Ctrl+C to stop.");
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}

module.exports = { startServer, resolveInside };
