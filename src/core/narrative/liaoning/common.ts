/** Shared pieces of the Liaoning 情况说明 declaration: the context, figure shorthands, 06 item lists. */
import { economicSubjects } from "../../catalog/economic";
import type { ItemRow } from "../inputs";
import { cell, input, nonZero, sum } from "../dsl";
import type { Num, Part } from "../types";

export interface NarrativeContext {
  readonly year: number;
  /** 项 rows of 05/08/09 with their 类/款 names. */
  readonly items: readonly ItemRow[];
  /** Project rows of the 说明数据 sheet. */
  readonly projectRows: number;
}

export const T01 = (row: string, col = row.startsWith("exp") || row === "surplusDistribution" || row === "closingBalance" ? "c2" : "c1") => cell(`T01.${row}.${col}`);
export const v = (key: string): Num => input(key);

/** The 06 款 rows listed in 四 (人员经费 = 301 + 303, 公用经费 = 302 + 307 + 310 + 312 + 399). */
export const PERSONNEL_CLASSES = ["301", "303"];
export const PUBLIC_CLASSES = ["302", "307", "310", "312", "399"];
const NOT_IN_06 = new Set(["30703", "30704"]);

function econItems(classes: readonly string[]): { code: string; name: string }[] {
  return economicSubjects().filter((s) => s.code.length === 5 && classes.includes(s.code.slice(0, 3)) && !NOT_IN_06.has(s.code));
}

export const nonZeroNames = (classes: readonly string[]): Part => ({
  join: econItems(classes).map((s) => ({ when: nonZero(cell(`T06.${s.code}.amt`)), parts: [s.name] })),
  sep: "、",
});
export const anyNonZero = (classes: readonly string[]) => nonZero(sum(...econItems(classes).map((s) => cell(`T06.${s.code}.amt`))));
