/**
 * Parsing of table rows typed in as the seed prints them: tab-separated, amounts with thousands
 * separators, blank for zero.
 */
import { moneyFromDecimal, type Money } from "../money";
import type { PrintedTable } from "../model/printed";

/** "1,059.71" → 105971; "" → 0. Throws on anything else: the example is our own data. */
export function seedAmount(text: string): Money {
  const t = text.trim().replace(/,/g, "");
  if (t === "") return 0;
  const m = moneyFromDecimal(t);
  if (m === undefined) throw new Error(`not an amount in the example: ${text}`);
  return m;
}

/** Code-table rows "code\tname\tamount…" (the 合计 row is "合计\t\t…"), amounts in the layout's columns. */
export function codeRows(text: string, columns: readonly string[], names: Record<string, string> = {}): PrintedTable {
  const values: Record<string, Money> = {};
  const codes: string[] = [];
  for (const line of text.trim().split("\n")) {
    const [code = "", , ...amounts] = line.split("\t");
    const row = code === "合计" ? "total" : code;
    if (row !== "total") codes.push(code);
    columns.forEach((col, i) => {
      const v = seedAmount(amounts[i] ?? "");
      if (v !== 0) values[`${row}.${col}`] = v;
    });
  }
  return { codes, names, values };
}

/** "key amount" pairs for fixed tables: { "fiscalGeneral.c1": "5,577.44" }. */
export function keyedValues(pairs: Record<string, string>): PrintedTable {
  const values: Record<string, Money> = {};
  for (const [k, v] of Object.entries(pairs)) {
    const m = seedAmount(v);
    if (m !== 0) values[k] = m;
  }
  return { values };
}
