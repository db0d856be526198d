/** One amount cell → Money or a finding. Text that is a number is accepted with a warning. */
import { moneyFromDecimal, moneyFromNumber, formatMoney, type Money } from "../money";
import type { CellRef, Finding } from "../model/finding";
import type { GridValue } from "./grid";

const FULL_WIDTH = /[０-９．，－＋]/g;

function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function readAmount(v: GridValue, cell: CellRef): { value: Money; finding?: Finding } {
  const f = (code: string, severity: Finding["severity"], params: Record<string, string | number>): Finding => ({
    code,
    severity,
    cells: [cell],
    params,
  });
  if (v === null) return { value: 0 };
  if (typeof v === "object") return { value: 0, finding: f("read.error-value", "error", { text: v.error }) };
  if (typeof v === "boolean") return { value: 0, finding: f("read.boolean", "error", { text: v ? "TRUE" : "FALSE" }) };
  if (typeof v === "number") {
    const m = moneyFromNumber(v);
    if (m === undefined) return { value: 0, finding: f("read.not-a-number", "error", { text: String(v) }) };
    return m < 0 ? { value: m, finding: f("read.negative", "warning", { value: formatMoney(m) }) } : { value: m };
  }
  const text = v.trim();
  if (text === "" || text === "-" || text === "—") return { value: 0 };
  const m = moneyFromDecimal(halfWidth(text).replace(/[,\s]/g, ""));
  if (m === undefined) return { value: 0, finding: f("read.not-a-number", "error", { text }) };
  return { value: m, finding: f("read.number-as-text", "warning", { text, value: formatMoney(m) }) };
}
