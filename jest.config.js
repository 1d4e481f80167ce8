/** Unit and integration tests run in Node; the browser tests in test/e2e drive Debian's Chromium. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": tsJest,
    // syllable (the readability check's syllable counter) ships ES modules only: compile its files to CommonJS.
    "/node_modules/syllable/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", esModuleInterop: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ["/node_modules/(?!syllable/)"],
  roots: ["<rootDir>/test", "<rootDir>/src", "<rootDir>/functions", "<rootDir>/taskpane"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: {
    // office-addin-mock pulls in an ESM-only build of office-addin-manifest; its CommonJS file is enough.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // marked ships ES modules only, which Node 20 can require but jest cannot; its UMD build is the same code.
    "^marked$": "<rootDir>/node_modules/marked/lib/marked.umd.js",
  },
  setupFiles: ["<rootDir>/test/setup/fastCheck.ts"],
  testTimeout: 20000,
};
