/**
 * 说明数据 sheet → report inputs. Rows are found by the keys in the hidden column A, so inserted rows and
 * a renamed sheet do not matter; each unreadable value becomes a finding naming its cell, never a crash.
 */
import type { CellRef, Finding } from "../model/finding";
import { INPUT_NAME, INPUT_SHEET, rowFields } from "../narrative/inputSheet";
import type { InputValue } from "../narrative/inputs";
import { a1, parseRangeRef } from "../plan/a1";
import { readAmount } from "./amount";
import type { GridSheet, GridValue, WorkbookGrid } from "./grid";

export interface InputsRead {
  readonly inputs: Record<string, InputValue>;
  readonly findings: readonly Finding[];
  /** `input:<key>` → the cell it was read from. */
  readonly locations: ReadonlyMap<string, CellRef>;
}

export function inputSheetOf(grid: WorkbookGrid): GridSheet | undefined {
  const ref = grid.names.find((n) => n.name === INPUT_NAME)?.ref;
  const named = ref ? parseRangeRef(ref)?.sheet : undefined;
  return grid.sheets.find((s) => s.name === named) ?? grid.sheets.find((s) => s.name === INPUT_SHEET);
}

function textOf(v: GridValue): string {
  if (v === null || typeof v === "object") return "";
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v).trim();
}

export function readInputs(sheet: GridSheet): InputsRead {
  const inputs: Record<string, InputValue> = {};
  const findings: Finding[] = [];
  const locations = new Map<string, CellRef>();
  sheet.rows.forEach((row, r) => {
    const key = row[0];
    if (typeof key !== "string" || key === "") return;
    for (const f of rowFields(key)) {
      const cell: CellRef = { sheet: sheet.name, address: a1(r + 1, f.col), id: `input:${f.key}` };
      locations.set(`input:${f.key}`, cell);
      const v = row[f.col - 1] ?? null;
      if (v === null || v === "") continue;
      if (f.field.kind === "text") {
        if (typeof v === "object") findings.push({ code: "read.error-value", severity: "error", cells: [cell], params: { text: v.error } });
        else if (textOf(v) !== "") inputs[f.key] = textOf(v);
        continue;
      }
      const { value, finding } = readAmount(v, cell);
      if (finding && finding.code !== "read.negative") findings.push(finding);
      if (finding?.severity === "error") continue;
      if (f.field.kind === "count") {
        if (value % 100 !== 0 || value < 0) {
          findings.push({ code: "read.not-a-count", severity: "error", cells: [cell], params: { text: textOf(v) } });
          continue;
        }
        inputs[f.key] = value / 100;
      } else inputs[f.key] = value;
    }
  });
  return { inputs, findings, locations };
}
