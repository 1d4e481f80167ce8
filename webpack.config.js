const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { contentSecurityPolicy, readBuildSettings, substituteAddinUrl } = require("./scripts/build-settings");

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
    output: { path: path.join(root, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
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
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsFile }),
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
