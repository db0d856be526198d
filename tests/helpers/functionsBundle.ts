/**
 * Builds the custom functions bundle (functions.js + functions.json) with the project's own
 * webpack.config.js — its CustomFunctionsMetadataPlugin and ts-loader rule — restricted to the functions
 * entry, and loads it into a fresh JavaScript context (node:vm) with a CustomFunctions stand-in, the way
 * Excel's runtime loads functions.js. Used by tests/functions/bundle.test.ts and bench/functions.ts.
 *
 * The task pane entry (React + Fluent UI) is left out: it makes the full build take far longer and has
 * nothing to do with the functions. ts-loader runs transpile-only: type errors are the typecheck's job.
 */
import { readFileSync } from "fs";
import * as path from "path";
import * as vm from "vm";
import webpack, { type Configuration, type RuleSetRule, type WebpackPluginInstance } from "webpack";
import type { CustomFunctionsStub } from "./customFunctions";

const ROOT = path.resolve(__dirname, "../..");
const ENTRY = path.join(ROOT, "src/functions/functions.ts");

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Configuration>;
type MetadataPlugin = WebpackPluginInstance & { options: { output: string; input: string } };

async function functionsConfig(outDir: string, mode: "development" | "production"): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const base = await factory({ WEBPACK_BUILD: true }, { mode });
  const plugins = (base.plugins ?? []).filter((p): p is MetadataPlugin => p?.constructor?.name === "CustomFunctionsMetadataPlugin");
  const [plugin] = plugins;
  if (plugins.length !== 1 || !plugin) throw new Error("webpack.config.js should have exactly one CustomFunctionsMetadataPlugin");
  const Plugin = plugin.constructor as new (options: MetadataPlugin["options"]) => WebpackPluginInstance;
  const rules = (base.module?.rules ?? []).map((rule) => {
    const use = (rule as { use?: unknown }).use as { loader?: string; options?: Record<string, unknown> } | undefined;
    if (use?.loader !== "ts-loader") return rule;
    return { ...(rule as RuleSetRule), use: { ...use, options: { ...use.options, configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true } } };
  });
  // No dev server: this is a one-off build.
  const { devServer: _devServer, ...rest } = base as Configuration & { devServer?: unknown };
  return {
    ...rest,
    context: ROOT,
    mode,
    devtool: false,
    entry: { functions: ENTRY },
    output: { path: outDir, filename: "[name].js" },
    module: { ...base.module, rules },
    // The plugin resolves its input against the working directory: make it absolute.
    plugins: [new Plugin({ ...plugin.options, input: path.resolve(ROOT, plugin.options.input) })],
  };
}

/** functions.js and functions.json in outDir, as `webpack --mode <mode>` would emit them. */
export async function buildFunctionsBundle(outDir: string, mode: "development" | "production" = "development"): Promise<void> {
  const config = await functionsConfig(outDir, mode);
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

/**
 * Runs functions.js. Isolated (tests): in a fresh vm context whose only globals are the CustomFunctions stub
 * and console, so the bundle cannot lean on anything else. Not isolated (bench): in this realm with
 * CustomFunctions passed in, because every global lookup (Math, Array) in a vm context goes through the
 * context's interceptors and would make the timing meaningless.
 */
export function loadFunctionsBundle(outDir: string, stub: CustomFunctionsStub, isolated = true): void {
  const file = path.join(outDir, "functions.js");
  const code = readFileSync(file, "utf8");
  if (isolated) vm.runInNewContext(code, { CustomFunctions: stub, console }, { filename: file });
  else new Function("CustomFunctions", code)(stub);
}
