const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, NormalModuleReplacementPlugin, ProvidePlugin, sources } = require("webpack");
const { contentSecurityPolicy, readBuildSettings, substituteAddinUrl } = require("./scripts/build-settings");
const { renderHelpPage } = require("./scripts/help-page");

const root = __dirname;
const functionsFile = "./functions/functions.ts";
const pageTemplate = path.join(root, "taskpane", "taskpane.html");
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const devCert = { cert: path.join(certDir, "localhost.crt"), key: path.join(certDir, "localhost.key") };

function devServerProtocol() {
  if (fs.existsSync(devCert.cert) && fs.existsSync(devCert.key)) {
    return { type: "https", options: { cert: fs.readFileSync(devCert.cert), key: fs.readFileSync(devCert.key) } };
  }
  console.warn(
    "\nNo Office development certificates in ~/.office-addin-dev-certs: serving over http.\n" +
      "Office sideloads add-ins only over https; run `npx office-addin-dev-certs install` and restart.\n",
  );
  return "http";
}

function page({ filename, chunks, csp, officeJsSrc }) {
  return new HtmlWebpackPlugin({
    filename,
    template: pageTemplate,
    chunks,
    chunksSortMode: "manual",
    scriptLoading: "defer",
    templateParameters: { csp, officeJsSrc },
  });
}

/**
 * Writes the functions' help page (docs/functions.md) to help/functions.html and points the help
 * addresses in functions.json at the hosting address, as the manifest's are.
 */
class FunctionsHelpPlugin {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
  }

  apply(compiler) {
    const name = "FunctionsHelpPlugin";
    const markdownFile = path.join(root, "docs", "functions.md");
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        compilation.fileDependencies.add(markdownFile);
        const csp = contentSecurityPolicy({ officeJs: "local", page: "preview" });
        compilation.emitAsset("help/functions.html", new sources.RawSource(renderHelpPage(fs.readFileSync(markdownFile, "utf8"), { csp })));
        const metadata = compilation.getAsset("functions.json");
        if (metadata) {
          const text = substituteAddinUrl(metadata.source.source().toString(), this.addinUrl);
          compilation.updateAsset("functions.json", new sources.RawSource(text));
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const settings = readBuildSettings();
  const copies = [
    { from: path.join(root, "assets"), to: "assets" },
    {
      from: path.join(root, "manifest.xml"),
      to: "manifest.xml",
      transform: (content) => substituteAddinUrl(content.toString("utf8"), settings.addinUrl),
    },
  ];
  if (settings.officeJs === "local") {
    copies.push({
      from: path.join(root, "node_modules", "@microsoft", "office-js", "dist"),
      to: "office-js",
      info: { minimized: true },
      globOptions: { ignore: ["**/*.debug.js", "**/office-vsdoc.js", "**/*.d.ts"] },
    });
  }

  return {
    mode,
    context: root,
    target: ["web", "es2020"],
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      functions: functionsFile,
      taskpane: "./taskpane/index.tsx",
      preview: "./taskpane/preview/index.tsx",
    },
    output: { path: path.join(root, "dist"), filename: "[name].js", chunkFilename: "[name].chunk.js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The preview loads the .xlsx adapter (src/xlsx) in the browser, on demand: ExcelJS's own browser
      // build, and nothing of Node's file system (only the Node paths of that adapter use it).
      alias: { exceljs$: path.join(root, "node_modules", "exceljs", "dist", "exceljs.min.js") },
      fallback: { "fs/promises": false, crypto: false, path: false },
    },
    module: {
      rules: [
        {
          test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
          use: { loader: path.join(root, "scripts", "no-string-eval-loader.js"), options: { replacements: [['new Function(""+e)', "function(){}"]] } },
        },
        {
          test: /zod[\\/]v4[\\/]core[\\/]util\.js$/,
          use: { loader: path.join(root, "scripts", "no-string-eval-loader.js"), options: { replacements: [["const F = Function;\n        new F(\"\");\n        return true;", "return false;"]] } },
        },
        {
          test: /zod[\\/]v4[\\/]core[\\/]compile\.js$/,
          use: { loader: path.join(root, "scripts", "no-string-eval-loader.js"), options: { replacements: [["const F = Function;", "const F = function () { throw new Error(\"The add-in runs zod jitless: it never compiles code.\"); };"]] } },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "es2020", sourceMap: mode === "development" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new NormalModuleReplacementPlugin(/^node:(fs\/promises|crypto|path)$/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      // The .xlsx adapter's zip code in the browser (the preview, and regional copies read in the pane).
      new NormalModuleReplacementPlugin(/^node:zlib$/, path.join(root, "taskpane", "workbook", "zlib.browser.ts")),
      // src/xlsx/unreadable.ts builds Buffers when loaded; only the preview's chunk refers to Buffer.
      new ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsFile }),
      new FunctionsHelpPlugin(settings.addinUrl),
      page({
        filename: "taskpane.html",
        chunks: ["functions", "taskpane"],
        csp: contentSecurityPolicy({ officeJs: settings.officeJs, page: "office" }),
        officeJsSrc: settings.officeJsSrc,
      }),
      page({
        filename: "preview.html",
        chunks: ["preview"],
        csp: contentSecurityPolicy({ officeJs: settings.officeJs, page: "preview" }),
        officeJsSrc: "",
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost",
          port: 3000,
          server: devServerProtocol(),
          static: false,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
        }
      : undefined,
  };
};
