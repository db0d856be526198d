/**
 * The 情况说明 sheet: one row per block, column A a live text formula (with the text rendering as its
 * cached value), column B (hidden) the block id. Rows are sized for the cached text; the formulas
 * follow every later edit.
 */
import { absA1, quoteSheet } from "../plan/a1";
import { textWidth, type PlanCell, type SheetPlan, type StyleKey } from "../plan/sheet";
import { parts, type NarrativeRefs } from "./formula";
import type { Block, BlockKind, RenderedBlock } from "./types";
import { blockText } from "./types";

export const NARRATIVE_SHEET = "情况说明";
export const NARRATIVE_NAME = "JSGK_NARRATIVE";
/** Column A fits the width of an A4 page at 100 % (LibreOffice prints this sheet unscaled): about 40 characters of 12-pt 仿宋 a line. */
const WIDTH = 80;
const STYLE: Readonly<Record<BlockKind, StyleKey>> = { title: "narrTitle", heading: "narrHeading", subheading: "narrSubheading", para: "narrPara" };

export function narrativeSheetPlan(blocks: readonly Block[], rendered: readonly RenderedBlock[], refs: NarrativeRefs): SheetPlan {
  const texts = new Map(rendered.map((b) => [b.id, blockText(b)]));
  const rows: PlanCell[][] = [];
  const rowHeights: Record<number, number> = {};
  blocks.forEach((b, i) => {
    const text = texts.get(b.id) ?? "";
    rows.push([{ v: text, f: parts(b.parts, refs), s: STYLE[b.kind] }, { v: b.id, s: "key" }]);
    const lines = Math.max(1, Math.ceil(textWidth(text) / (WIDTH - 4)));
    rowHeights[i + 1] = text === "" ? 4 : b.kind === "title" ? 30 : 8 + 17 * lines;
  });
  return {
    name: NARRATIVE_SHEET,
    rows,
    merges: [],
    widths: [WIDTH, 12],
    rowHeights,
    hiddenRows: [],
    hiddenColumns: [2],
    print: { orientation: "portrait", paper: "A4", fitToWidth: 1, fitToHeight: 0 },
    names: [{ name: NARRATIVE_NAME, ref: `${quoteSheet(NARRATIVE_SHEET)}!${absA1(1, 1)}:${absA1(Math.max(1, rows.length), 2)}` }],
    state: "visible",
  };
}
