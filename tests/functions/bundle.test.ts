/**
 * The built bundle registers every JS.* function: webpack runs the project's own webpack.config.js (its
 * CustomFunctionsMetadataPlugin, ts-loader rule and production minifier with ASCII-only output) on the
 * functions entry only, in production mode, into a temporary folder;
 * the bundle is then executed in a fresh JavaScript context (node:vm) with a CustomFunctions stub, the way
 * Excel's runtime loads functions.js, and the seed values are computed through the registered functions.
 *
 * Why this and not the full production build: the task pane entry (React + Fluent UI) makes `npm run build`
 * take far longer than a unit test should; the functions entry alone builds in a few seconds and exercises
 * exactly the code path that adds the associate calls (tests/helpers/functionsBundle.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { customFunctionsStub, shown, type CustomFunctionsStub } from "../helpers/customFunctions";
import { buildFunctionsBundle, loadFunctionsBundle } from "../helpers/functionsBundle";

let outDir: string;
let stub: CustomFunctionsStub;
let metadata: { functions: Array<{ id: string; name: string }> };

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), "jsgk-functions-"));
  await buildFunctionsBundle(outDir, "production");
  metadata = JSON.parse(readFileSync(path.join(outDir, "functions.json"), "utf8"));
  stub = customFunctionsStub();
  // A fresh context like the add-in's page: only the CustomFunctions global the runtime provides.
  loadFunctionsBundle(outDir, stub);
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test("functions.json lists the 15 functions and the bundle associates every one of them, and nothing else", () => {
  const ids = metadata.functions.map((f) => f.id);
  expect(ids).toHaveLength(15);
  expect([...stub.associated.keys()].sort()).toEqual([...ids].sort());
  for (const fn of stub.associated.values()) expect(typeof fn).toBe("function");
});

test.each<[string, string, unknown[], unknown]>([
  ["EXECRATE(4725.08, 4948.06) = 0.9549", "EXECRATE", [[[4725.08]], [[4948.06]], null, null], [[0.9549]]],
  ["EXECSCORE(62.07, 111) = 5.59", "EXECSCORE", [[[62.07]], [[111]], null], [[5.59]]],
  ["DEGREE(>=, 260, 219) = 0.84", "DEGREE", [[[">="]], [[260]], [[219]], null], [[0.84]]],
  ["SCORE(>=, 260, 219, 7.1) = 5.964", "SCORE", [[[">="]], [[260]], [[219]], [[7.1]], null, null], [[5.964]]],
  ["SCORE(=, 300, 55, 10) = 1.8", "SCORE", [[["="]], [[300]], [[55]], [[10]], null, null], [[1.8]]],
  ["TOTALSCORE(88.86, 10, 0) = 98.86", "TOTALSCORE", [[[88.86]], 10, 0], 98.86],
  ["TOTALSCORE(85, 5.59, 0) = 90.59", "TOTALSCORE", [[[85]], 5.59, 0], 90.59],
  ["GRADE(98.86) = 优", "GRADE", [[[98.86]], null], [["优"]]],
  ["SHARE(13.04, 13.48) = 0.9674", "SHARE", [[[13.04]], [[13.48]]], [[0.9674]]],
  ["CHANGE(4302.03, 4302.02) = 0.01", "CHANGE", [[[4302.03]], [[4302.02]]], [[0.01]]],
  ["CHANGERATE(5, 0) = #N/A", "CHANGERATE", [[[5]], [[0]]], [["#N/A 上年数为零，不计算增减率"]]],
  ["TREND(2, 1) = 增加", "TREND", [[[2]], [[1]], null], [["增加"]]],
  ["SUBJECT(2040601) = 行政运行", "SUBJECT", [[[2040601]]], [["行政运行"]]],
  ["ECON(30231) = 公务用车运行维护费", "ECON", [[[30231]]], [["公务用车运行维护费"]]],
  ["SUMCODE(…, 20406) = 3.5", "SUMCODE", [[["2040601"], ["2040602"]], [[1.5], [2]], "20406"], 3.5],
  ["WANYUAN(12345678) = 1234.57", "WANYUAN", [[[12345678]], null], [[1234.57]]],
  ["CHECK(1, 0.5 + 0.49) = 尾差", "CHECK", [1, [[0.5], [0.49]], null], "尾差"],
  ["EXECRATE(1, 0) = #DIV/0!", "EXECRATE", [[[1]], [[0]], null, null], [["#DIV/0! 预算数为零"]]],
])("through the registered function: %s", (_label, id, args, expected) => {
  const fn = stub.associated.get(id);
  expect(fn).toBeDefined();
  expect(shown(fn!(...args))).toEqual(expected);
});

test("every =JS.NAME( the README, the docs, the help page and the manifest tell users to type is a function of the built functions.json", () => {
  const root = path.join(__dirname, "../..");
  const names = new Set(metadata.functions.map((f) => f.name));
  const texts = ["README.md", "docs/functions.md", "src/help/help.html", "manifest.xml"].map((f) => [f, readFileSync(path.join(root, f), "utf8")] as const);
  const used = texts.flatMap(([file, text]) => [...text.matchAll(/JS\.([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*)\s*\(/g)].map((m) => [file, m[1] as string] as const));
  expect(used.length).toBeGreaterThan(15);
  expect(used.filter(([, name]) => !names.has(name))).toEqual([]);
  // And the names are the ids, as the docs write them.
  expect(metadata.functions.every((f) => f.name === f.id)).toBe(true);
});
