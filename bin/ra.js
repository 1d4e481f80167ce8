#!/usr/bin/env node
// The `ra` command: runs the compiled command line (npm run build:lib, or npm ci's prepare, builds lib/).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

// A reader that stops early (ra --help | head) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const entry = join(__dirname, "..", "lib", "src", "cli", "main.js");
if (!existsSync(entry)) {
  process.stderr.write("The ra command is not built yet: run npm ci (or npm run build:lib) in the project folder first.\n");
  process.exit(2);
}
const { main } = require(entry);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
