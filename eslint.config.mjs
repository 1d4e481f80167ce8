import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "assert", "buffer", "child_process", "cluster", "crypto", "dgram", "dns", "events", "fs", "fs/promises",
  "http", "https", "net", "os", "path", "process", "readline", "stream", "tls", "url", "util", "vm", "worker_threads", "zlib",
];

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "assets/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine knows no Excel, no browser and no Node I/O: only itself, zod and statistics libraries.
    files: ["src/engine/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: nodeBuiltins.map((name) => ({ name, message: "src/engine must not use Node built-ins; do I/O in src/xlsx or src/cli." })),
        patterns: [
          { group: ["node:*"], message: "src/engine must not use Node built-ins." },
          { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/engine must not know the task pane." },
          { group: ["office-*", "@microsoft/office-js", "exceljs", "custom-functions-*"], message: "src/engine must not know Excel; translate in a face." },
          { group: ["**/functions/**", "**/taskpane/**", "**/cli/**", "**/xlsx/**", "../../functions*", "../../taskpane*"], message: "Arrows run one way: faces import the engine, never the reverse." },
        ],
      }],
      "no-restricted-globals": ["error",
        { name: "window", message: "src/engine runs without a DOM." },
        { name: "document", message: "src/engine runs without a DOM." },
        { name: "Office", message: "src/engine must not know Office." },
        { name: "Excel", message: "src/engine must not know Excel." },
      ],
    },
  },
  {
    files: ["src/**/*.ts", "functions/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/taskpane/**", "**/cli/**"], message: "Nothing imports the task pane or the command." }] }],
    },
    ignores: ["src/engine/**", "src/cli/**"],
  },
  {
    // The task pane's views and hooks talk to a WorkbookPort, never to office.js: only the Office
    // adapter (taskpane/office) and the entry that hands its port to the pane (taskpane/main.tsx) know it.
    files: ["taskpane/**/*.ts", "taskpane/**/*.tsx"],
    ignores: ["taskpane/office/**", "taskpane/main.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/office/*", "./office/*", "../office/*", "../../office/*"], message: "Views go through the WorkbookPort and the engine's plan, never the Office adapter (taskpane/office)." }] }],
    },
  },
);
