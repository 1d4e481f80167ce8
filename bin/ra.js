#!/usr/bin/env node
// The `ra` command: runs the compiled command line (npm run build:lib, or npm ci's prepare, builds lib/).
const { main } = require("../lib/src/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
