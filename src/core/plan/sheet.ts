/** The sheet plan: everything an adapter needs to write one worksheet, with no host types. */
import { renameSheetRefs } from "./a1";

export type StyleKey =
  | "key"
  | "title"
  | "tableNo"
  | "metaLeft"
  | "metaCenter"
  | "metaRight"
  | "header"
  | "label"
  | "labelTotal"
  | "center"
  | "code"
  | "name"
  | "rowNo"
  | "amount"
  | "amountZero"
  | "blank"
  | "note"
  | "plain"
  | "section"
  | "inputText"
  | "count"
  | "score"
  | "narrTitle"
  | "narrHeading"
  | "narrSubheading"
  | "narrPara";

export interface CellStyle {
  readonly font: { readonly name: string; readonly size: number; readonly bold?: boolean };
  readonly align?: { readonly h?: "left" | "center" | "right"; readonly v?: "middle" | "top"; readonly wrap?: boolean };
  readonly border?: boolean;
  readonly numFmt?: string;
  /** Text cells that must stay text (codes): the adapter writes them with the "@" format. */
  readonly text?: boolean;
}

const BODY_FONT = "宋体";
const body = { name: BODY_FONT, size: 10 } as const;

/** `#,##0.00` with an empty zero section: zero cells show blank, as the seed prints them. */
export const AMOUNT_FORMAT = "#,##0.00;-#,##0.00;;@";
export const AMOUNT_FORMAT_ZERO = "#,##0.00";

export const STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  key: { font: { name: "Arial", size: 8 } },
  title: { font: { name: "黑体", size: 16, bold: true }, align: { h: "center", v: "middle" } },
  tableNo: { font: body, align: { h: "right", v: "middle" } },
  metaLeft: { font: body, align: { h: "left", v: "middle" } },
  metaCenter: { font: body, align: { h: "center", v: "middle" } },
  metaRight: { font: body, align: { h: "right", v: "middle" } },
  header: { font: { name: BODY_FONT, size: 10, bold: true }, align: { h: "center", v: "middle", wrap: true }, border: true },
  label: { font: body, align: { h: "left", v: "middle", wrap: true }, border: true },
  labelTotal: { font: { name: BODY_FONT, size: 10, bold: true }, align: { h: "left", v: "middle", wrap: true }, border: true },
  center: { font: { name: BODY_FONT, size: 10, bold: true }, align: { h: "center", v: "middle" }, border: true },
  code: { font: body, align: { h: "left", v: "middle" }, border: true, text: true },
  name: { font: body, align: { h: "left", v: "middle", wrap: true }, border: true },
  rowNo: { font: body, align: { h: "center", v: "middle" }, border: true },
  amount: { font: body, align: { h: "right", v: "middle" }, border: true, numFmt: AMOUNT_FORMAT },
  amountZero: { font: body, align: { h: "right", v: "middle" }, border: true, numFmt: AMOUNT_FORMAT_ZERO },
  blank: { font: body, border: true },
  note: { font: { name: BODY_FONT, size: 9 }, align: { h: "left", v: "top", wrap: true } },
  plain: { font: body },
  // 说明数据 (input) and 情况说明 (narrative) sheets
  section: { font: { name: "黑体", size: 11, bold: true }, align: { h: "left", v: "middle" } },
  inputText: { font: body, align: { h: "left", v: "top", wrap: true }, border: true },
  count: { font: body, align: { h: "right", v: "middle" }, border: true, numFmt: "0" },
  score: { font: body, align: { h: "right", v: "middle" }, border: true, numFmt: "0.00" },
  narrTitle: { font: { name: "黑体", size: 16, bold: true }, align: { h: "center", v: "middle", wrap: true } },
  narrHeading: { font: { name: "黑体", size: 12 }, align: { h: "left", v: "middle", wrap: true } },
  narrSubheading: { font: { name: "楷体", size: 12, bold: true }, align: { h: "left", v: "middle", wrap: true } },
  narrPara: { font: { name: "仿宋", size: 12 }, align: { h: "left", v: "top", wrap: true } },
};

export interface PlanCell {
  /** The value to write; for a formula cell, the value the core computed (written as the cached result). */
  readonly v: string | number | null;
  /** Formula without the leading "=", using only functions Excel, WPS and LibreOffice share. */
  readonly f?: string;
  readonly s: StyleKey;
  /** A cell note (e.g. why a figure is an override). */
  readonly note?: string;
}

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  readonly fitToWidth: 1;
  /** 1 for tables with a fixed row count (one page), 0 for code tables (as many pages as needed). */
  readonly fitToHeight: 0 | 1;
  /** Rows repeated on every printed page, 1-based inclusive. */
  readonly titleRows?: readonly [number, number];
}

export interface SheetPlan {
  readonly name: string;
  readonly tableId?: string;
  /** Dense rows; rows[0] is sheet row 1. Missing cells are empty. */
  readonly rows: readonly (readonly (PlanCell | undefined)[])[];
  /** A1 ranges ("A2:F2"). */
  readonly merges: readonly string[];
  /** Column widths in character units, column A first. */
  readonly widths: readonly number[];
  readonly rowHeights: Readonly<Record<number, number>>;
  /** 1-based. */
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
  readonly print?: PrintSetup;
  /** Workbook-level defined names this sheet contributes. */
  readonly names: readonly { readonly name: string; readonly ref: string }[];
  readonly state: "visible" | "hidden";
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

/**
 * The plan with sheets renamed (`names`: old → new): each renamed sheet's name, and every formula and
 * defined-name reference of every sheet that points at a renamed one. Writing under other names (另建副本,
 * or temporary names while replacing) keeps the workbook's references among its own sheets.
 */
export function renamePlanSheets(plan: WorkbookPlan, names: ReadonlyMap<string, string>): WorkbookPlan {
  if (names.size === 0) return plan;
  return {
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      name: names.get(sheet.name) ?? sheet.name,
      rows: sheet.rows.map((row) => row.map((c) => (c?.f === undefined ? c : { ...c, f: renameSheetRefs(c.f, names) }))),
      names: sheet.names.map((n) => ({ ...n, ref: renameSheetRefs(n.ref, names) })),
    })),
  };
}

/** Display width in character units: CJK characters count two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}
