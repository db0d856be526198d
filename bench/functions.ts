/**
 * Custom functions bench: 1,000,000 evaluations each of JS.EXECRATE and JS.SCORE through the src/functions
 * wrappers (with a CustomFunctions stand-in), as Excel calls them:
 * - one cell per call, 1,000,000 calls ([[x]] arguments, a [[result]] back);
 * - one array call over 1000 × 1000 cells (range arguments; the result spills);
 * each twice: from functions.js as `npm run build` makes it (webpack production: modules concatenated,
 * minified) and Excel loads it, and from the TypeScript sources as tsx runs them (where every call into
 * another module goes through an export getter the bundle does not have). The bare core functions for
 * comparison. Target: ≤ 100 ms each on this machine, for the bundle Excel runs.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { executionRate } from "../src/core/scoring/execution";
import { indicatorScore } from "../src/core/scoring/indicator";
import { execrate, score } from "../src/functions/functions";
import { customFunctionsStub } from "../tests/helpers/customFunctions";
import { buildFunctionsBundle, loadFunctionsBundle } from "../tests/helpers/functionsBundle";

const SIDE = 1000;
const N = SIDE * SIDE;
/** Distinct one-cell argument sets the scalar loop cycles through (a million [[x]] would only measure memory). */
const POOL = 10_000;
const TARGET_MS = 100;

type Median = (runs: number, fn: () => unknown) => Promise<number>;
type Fn = (...args: unknown[]) => unknown;
type Cell = number | string | null;

/** A 1000 × 1000 table of amounts with two decimals, execution 40–120% of budget, and indicator rows. */
function tables(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const OPS = [">=", "<=", "=", ">=", null];
  const QUALITATIVE = ["全部或基本达成预期指标 100%-80% (含)", "部分达成", "未达成"];
  const t = { executed: [] as number[][], budget: [] as number[][], ops: [] as Cell[][], targets: [] as Cell[][], actuals: [] as Cell[][], points: [] as number[][] };
  for (let r = 0; r < SIDE; r++) {
    const row = { executed: [] as number[], budget: [] as number[], ops: [] as Cell[], targets: [] as Cell[], actuals: [] as Cell[], points: [] as number[] };
    for (let c = 0; c < SIDE; c++) {
      const b = Math.round(1 + next() * 1_000_000) / 100;
      const e = Math.round(b * (0.4 + next() * 0.8) * 100) / 100;
      const i = r * SIDE + c;
      const op = OPS[i % OPS.length] ?? null;
      row.executed.push(e);
      row.budget.push(b);
      row.ops.push(op);
      row.targets.push(op === null ? "管理规范" : b);
      row.actuals.push(op === null ? (QUALITATIVE[i % QUALITATIVE.length] as string) : e);
      row.points.push(op === null ? 3.3 : 7.1);
    }
    for (const k of Object.keys(t) as (keyof typeof t)[]) (t[k] as unknown[][]).push(row[k]);
  }
  return t;
}

/** EXECRATE and SCORE as the production bundle registers them. */
async function bundled(): Promise<{ execrate: Fn; score: Fn }> {
  const dir = mkdtempSync(path.join(tmpdir(), "jsgk-bench-functions-"));
  try {
    await buildFunctionsBundle(dir, "production");
    const stub = customFunctionsStub();
    loadFunctionsBundle(dir, stub, false);
    const get = (id: string): Fn => {
      const fn = stub.associated.get(id);
      if (!fn) throw new Error(`functions.js does not register ${id}`);
      return fn;
    };
    return { execrate: get("EXECRATE"), score: get("SCORE") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What an array call's timing returns: its number of rows, not the result. run.ts's median awaits each run's
 * value, and a 1000 × 1000 result handed back there stays alive into the next run: about 20 ms more garbage
 * collection per run than the call itself costs. (The scalar loops return their last 1-cell result.)
 */
function rowCount(result: unknown): number {
  return (result as unknown[]).length;
}

/** Number of cells of a result that are not plain numbers (a sanity check: the inputs are all valid). */
function errors(result: unknown): number {
  let n = 0;
  for (const row of result as unknown[][]) for (const v of row) if (typeof v !== "number") n++;
  return n;
}

export async function benchFunctions(median: Median): Promise<string[]> {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) g.CustomFunctions = customFunctionsStub();
  const t = tables(20241231);
  const one = <T>(v: T): T[][] => [[v]];
  const at = <T>(m: T[][], i: number): T => (m[Math.floor(i / SIDE)] as T[])[i % SIDE] as T;
  const poolRate = Array.from({ length: POOL }, (_, i) => [one(at(t.executed, i)), one(at(t.budget, i))]);
  const poolScore = Array.from({ length: POOL }, (_, i) => [t.ops, t.targets, t.actuals, t.points].map((m) => one(at(m as Cell[][], i))));
  const built = await bundled();
  const checks = [errors(built.execrate(t.executed, t.budget)), errors(built.score(t.ops, t.targets, t.actuals, t.points))];

  const runs = 7;
  const measure = async (rate: Fn, scoreFn: Fn) => ({
    rateScalar: await median(runs, () => {
      let last: unknown;
      for (let i = 0; i < N; i++) {
        const p = poolRate[i % POOL] as unknown[];
        last = rate(p[0], p[1]);
      }
      return last;
    }),
    rateArray: await median(runs, () => rowCount(rate(t.executed, t.budget))),
    scoreScalar: await median(runs, () => {
      let last: unknown;
      for (let i = 0; i < N; i++) {
        const p = poolScore[i % POOL] as unknown[];
        last = scoreFn(p[0], p[1], p[2], p[3]);
      }
      return last;
    }),
    scoreArray: await median(runs, () => rowCount(scoreFn(t.ops, t.targets, t.actuals, t.points))),
  });
  const bundle = await measure(built.execrate, built.score);
  const source = await measure(execrate as Fn, score as Fn);
  const rateCore = await median(runs, () => {
    let s = 0;
    for (let r = 0; r < SIDE; r++) {
      const e = t.executed[r] as number[];
      const b = t.budget[r] as number[];
      for (let c = 0; c < SIDE; c++) s += executionRate(e[c] as number, b[c] as number) as number;
    }
    return s;
  });
  const scoreCore = await median(runs, () => {
    let s = 0;
    for (let r = 0; r < SIDE; r++) {
      const [o, tg, a, p] = [t.ops[r], t.targets[r], t.actuals[r], t.points[r]] as [Cell[], Cell[], Cell[], number[]];
      for (let c = 0; c < SIDE; c++) s += indicatorScore(o[c], tg[c], a[c], p[c]) as number;
    }
    return s;
  });

  const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
  const worst = (m: typeof source) => Math.max(m.rateScalar, m.rateArray, m.scoreScalar, m.scoreArray);
  const verdict = (m: typeof source) => `${worst(m) <= TARGET_MS ? "达到" : "未达到"}（最慢 ${worst(m).toFixed(1)} ms）`;
  return [
    `自定义函数 JS.*（各 ${N.toLocaleString("en-US")} 次求值，中位数；逐格 = 每次调用一个单元格，数组 = 一次调用 ${SIDE}×${SIDE} 区域）`,
    `  JS.EXECRATE  构建产物 functions.js  逐格 ${ms(bundle.rateScalar)}   数组 ${ms(bundle.rateArray)}`,
    `               源码（tsx）            逐格 ${ms(source.rateScalar)}   数组 ${ms(source.rateArray)}   核心函数 ${ms(rateCore)}`,
    `  JS.SCORE     构建产物 functions.js  逐格 ${ms(bundle.scoreScalar)}   数组 ${ms(bundle.scoreArray)}`,
    `               源码（tsx）            逐格 ${ms(source.scoreScalar)}   数组 ${ms(source.scoreArray)}   核心函数 ${ms(scoreCore)}`,
    `    SCORE 输入为 >=、<=、= 与定性指标混合；数组结果中的错误值 ${checks[0]} / ${checks[1]} 个`,
    `  目标：每项 ≤ ${TARGET_MS} ms —— 构建产物${verdict(bundle)}，源码（tsx）${verdict(source)}`,
  ];
}
