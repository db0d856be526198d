/**
 * Excel add-in bundle (shared runtime): one page, taskpane.html, loads react + taskpane + functions.
 * Follows Microsoft's Office-Addin-TaskPane-React / Excel-Custom-Functions-Shared templates, with ts-loader
 * instead of Babel (Node 20) and ASCII-only output (Chinese literals become \uXXXX escapes).
 *
 *   npm run build                   production bundle in dist/ (manifest URLs rewritten to ADDIN_PUBLIC_URL if set)
 *   npm run dev-server              https://localhost:3000 with office-addin-dev-certs certificates
 *   DEV_SERVER_HTTP=1 npm run dev-server   plain http (headless browser tests, CI; no certificate install)
 */
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
/** Where the production files will be hosted (must end with "/"). Unset: the manifest keeps the dev URL. */
const urlProd = process.env.ADDIN_PUBLIC_URL || urlDev;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (!/^https:\/\/.+\/$/.test(urlProd)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https URL ending with "/": ${urlProd}`);
  }
  const useHttp = process.env.DEV_SERVER_HTTP === "1";
  return {
    devtool: "source-map",
    entry: {
      react: ["react", "react-dom", "react-dom/client"],
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "react" },
      functions: "./src/functions/functions.ts",
      // --env preview: the task pane against an in-memory workbook (npm run preview, browser tests).
      ...(env.preview ? { "fake-office": "./src/preview/fakeOffice.ts" } : {}),
    },
    output: { filename: "[name].js", clean: true },
    optimization: {
      // webpack 5.112's built-in minimizer; ascii_only keeps the bundles readable under any charset.
      minimizeOptions: { javascript: { compress: { passes: 2 }, format: { ascii_only: true } } },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json" } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      // Generates functions.json and appends CustomFunctions.associate(...) for each @customfunction.
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Shared runtime: the task pane page also hosts the custom functions.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["react", "taskpane", "functions"],
      }),
      ...(env.preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/taskpane/taskpane.html",
              preview: true,
              chunks: ["fake-office", "react", "taskpane", "functions"],
              chunksSortMode: "manual",
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          // The manifest's SupportUrl and GetStarted LearnMoreUrl.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(escapeRegExp(urlDev), "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: useHttp
        ? "http"
        : { type: "https", options: env.WEBPACK_BUILD ? undefined : await getHttpsOptions() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
