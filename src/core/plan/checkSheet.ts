/**
 * The live 校验 sheet: one row per check with its two sides, the difference and a status, all built-in
 * formulas generated from the same checks the TypeScript evaluator runs — so a unit without the add-in
 * (WPS, an old Excel) still sees every balance relation recalculate as it types.
 */
import type { Tolerance } from "../model/report";
import type { CheckResult } from "../rules/run";
import type { Check, Status, Term } from "../rules/types";
import { placesToRefs, sumIfRanges, type CodeRange, type Place } from "./formula";
import { textWidth, type PlanCell, type SheetPlan } from "./sheet";

export const CHECK_SHEET = "校验";
export const STATUS_TEXT: Readonly<Record<Status, string>> = { pass: "通过", rounding: "尾差", error: "错误", check: "请核实" };
const FIRST = 6;

interface Ctx {
  readonly place: (id: string) => Place;
  readonly codeRange: (table: string) => CodeRange;
}

function sideFormula(terms: readonly Term[], ctx: Ctx): string {
  const cells = terms.filter((t): t is string => typeof t === "string").map(ctx.place);
  const parts = cells.length ? [`SUM(${placesToRefs(cells, CHECK_SHEET).join(",")})`] : [];
  for (const t of terms) {
    if (typeof t === "string") continue;
    const { codes, amounts } = sumIfRanges(ctx.codeRange(t.table), t.col, CHECK_SHEET);
    parts.push(`SUMIF(${codes},"${t.prefix}${"?".repeat(t.length - t.prefix.length)}",${amounts})`);
  }
  return parts.join("+") || "0";
}

/** Number of addends, what τ(n) counts: fixed cells, plus the rows a SUMIF selects (which can change as rows are added). */
function countFormula(terms: readonly Term[], ctx: Ctx): string {
  const cells = terms.filter((t) => typeof t === "string").length;
  const parts: string[] = cells ? [String(cells)] : [];
  for (const t of terms) {
    if (typeof t === "string") continue;
    const { codes } = sumIfRanges(ctx.codeRange(t.table), t.col, CHECK_SHEET);
    parts.push(`SUMPRODUCT((LEN(${codes})=${t.length})*(LEFT(${codes},${t.prefix.length})="${t.prefix}"))`);
  }
  return parts.join("+") || "0";
}

/** Where the status formula finds its inputs: the difference, the addend count and the two tolerances. */
export interface StatusRefs {
  readonly diff: string;
  readonly n: string;
  readonly perFigure: string;
  readonly sameFigure: string;
}

/** The status of one check as a formula — rules/run.ts statusOf, in whole cents, for any sheet layout. */
export function statusFormula(check: Check, refs: StatusRefs): string {
  const cents = `ROUND(${refs.diff}*100,0)`;
  const fail = check.warningOnly ? STATUS_TEXT.check : STATUS_TEXT.error;
  const same = `ROUND(${refs.sameFigure}*100,6)`;
  if (check.op === "<=") return `IF(${cents}<=0,"通过",IF(${cents}<=${same},"尾差","${fail}"))`;
  const limit = check.tolerance === "sum" ? `ROUND(${refs.perFigure}*100*(${refs.n}+1),6)` : same;
  return `IF(${cents}=0,"通过",IF(ABS(${cents})<=${limit},"尾差","${fail}"))`;
}

const DETAIL_WIDTH = 62;

export function checkSheet(results: readonly CheckResult[], tol: Tolerance, ctx: Ctx): SheetPlan {
  const last = FIRST + results.length - 1;
  const statuses = `$H$${FIRST}:$H$${Math.max(FIRST, last)}`;
  const count = (s: string) => `COUNTIF(${statuses},"${s}")`;
  const counts = { pass: 0, rounding: 0, error: 0, check: 0 };
  for (const r of results) counts[r.status]++;
  const summary =
    `"共 "&${results.length}&" 项：通过 "&${count("通过")}&"，尾差 "&${count("尾差")}&"，错误 "&${count("错误")}&"，请核实 "&${count("请核实")}`;
  const rows: PlanCell[][] = [
    [{ v: "审核结果（表内、表间勾稽关系）", s: "title" }],
    [{ v: `共 ${results.length} 项：通过 ${counts.pass}，尾差 ${counts.rounding}，错误 ${counts.error}，请核实 ${counts.check}`, f: summary, s: "metaLeft" }],
    [{ v: "尾差容差（每个数，万元）", s: "metaLeft" }, { v: null, s: "plain" }, { v: tol.perFigure, s: "plain" }],
    [{ v: "同一数字两处容差（万元）", s: "metaLeft" }, { v: null, s: "plain" }, { v: tol.sameFigure, s: "plain" }],
    ["序号", "规则", "说明", "左边", "右边", "差额", "明细个数", "状态"].map((v): PlanCell => ({ v, s: "header" })),
  ];
  // Rows tall enough for the wrapped 说明 (LibreOffice prints rows without a height on top of each other).
  const rowHeights: Record<number, number> = { 1: 26 };
  results.forEach((r, i) => {
    const row = FIRST + i;
    const c = r.check;
    rowHeights[row] = 14 * Math.max(1, Math.ceil(textWidth(`${c.text}：${c.description}`) / (DETAIL_WIDTH - 2))) + 4;
    rows.push([
      { v: i + 1, s: "rowNo" },
      { v: c.ruleId, s: "rowNo" },
      { v: `${c.text}：${c.description}`, s: "name" },
      { v: r.left / 100, f: sideFormula(c.left, ctx) + (c.minus.length ? `-(${sideFormula(c.minus, ctx)})` : ""), s: "amountZero" },
      { v: r.right / 100, f: sideFormula(c.right, ctx), s: "amountZero" },
      { v: r.diff / 100, f: `ROUND(D${row}-E${row},2)`, s: "amountZero" },
      c.tolerance === "sum" && c.op === "=" ? { v: r.n, f: countFormula(c.right, ctx), s: "rowNo" } : { v: null, s: "blank" },
      { v: STATUS_TEXT[r.status], f: statusFormula(c, { diff: `F${row}`, n: `G${row}`, perFigure: "$C$3", sameFigure: "$C$4" }), s: "center" },
    ]);
  });
  return {
    name: CHECK_SHEET,
    rows,
    merges: ["A1:H1", "A2:H2", "A3:B3", "A4:B4"],
    // A:B wide enough for the tolerance labels ("尾差容差（每个数，万元）"), C for the 说明; about 145
    // characters in all, so the sheet prints landscape on A4 at about 75 %.
    widths: [10, 16, DETAIL_WIDTH, 14, 14, 10, 10, 8],
    rowHeights,
    hiddenRows: [],
    hiddenColumns: [],
    print: { orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: [5, 5] },
    names: [],
    state: "visible",
  };
}
