/** Human labels of cells ("公开03表 204 公共安全支出·基本支出"), derived from the layouts' own text. */
import type { TableLayout } from "../layouts/types";
import type { CellId } from "../model/report";
import type { TableInstance } from "../plan/instance";
import type { Term } from "./types";

/** The label of each printed column: the lowest header text that is not a merge mark, a 栏次 number or 栏次. */
function columnLabels(layout: TableLayout): string[] {
  const width = layout.header[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => {
    for (let r = layout.header.length - 1; r >= 0; r--) {
      const t = layout.header[r]?.[c] ?? "";
      if (t && t !== "<" && t !== "^" && t !== "栏次" && !/^\d+$/.test(t)) return t.replace(/\s+/g, "");
    }
    return "";
  });
}

export function cellLabels(instances: readonly TableInstance[]): Map<CellId, string> {
  const out = new Map<CellId, string>();
  for (const inst of instances) {
    const cols = columnLabels(inst.layout);
    for (const row of inst.rows) {
      row.cells.forEach((cell, c) => {
        if (cell.t !== "amount") return;
        const side = inst.columns[c]?.side ?? 0;
        const sideCols = inst.columns.map((s, i) => [s, i] as const).filter(([s]) => s.side === side);
        const text = (key: string) => {
          const i = sideCols.find(([s]) => s.key === key)?.[1];
          const v = i === undefined ? undefined : row.cells[i];
          return v?.t === "text" ? v.text : "";
        };
        let rowLabel = inst.layout.kind === "fixed" ? text("label") : `${text("code")} ${text("name")}`.trim();
        // 06's total row: the label stands somewhere to the left of its value.
        for (let k = c - 1; !rowLabel && k >= 0; k--) {
          const v = row.cells[k];
          if (v?.t === "text" && v.text) rowLabel = v.text;
        }
        out.set(cell.id, `${inst.layout.number} ${rowLabel.replace(/\s+/g, " ")}·${cols[c] ?? ""}`);
      });
    }
  }
  return out;
}

const LEVEL = new Map([
  [3, "各类"],
  [5, "各款"],
  [7, "各项"],
]);

export function termLabel(term: Term, labels: ReadonlyMap<CellId, string>, numbers: ReadonlyMap<string, string>): string {
  if (typeof term === "string") return labels.get(term) ?? term;
  const table = numbers.get(term.table) ?? term.table;
  if (term.length === term.prefix.length) return labels.get(`${term.table}.${term.prefix}.${term.col}`) ?? `${table} ${term.prefix}`;
  return `${table} ${term.prefix ? `${term.prefix} 下` : ""}${LEVEL.get(term.length) ?? "各行"}之和`;
}
