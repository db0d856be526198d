/** C0x-3: codes of the code tables — 3/5/7 digits, known to the catalog, printed with the catalog's name. */
import { codeLevel, functionalSubject } from "../catalog/functional";
import type { Template } from "../layouts/types";
import type { CellRef, Finding } from "../model/finding";
import type { Report } from "../model/report";

/** Where a code's row is: the cell of its code (for findings). */
export type LocateRow = (table: string, code: string) => CellRef;

export function codeFindings(report: Report, template: Template, locateRow: LocateRow): Finding[] {
  const out: Finding[] = [];
  for (const layout of template.tables) {
    const data = report.tables[layout.id];
    if (layout.kind !== "codes" || !data) continue;
    const ruleId = `C${layout.id.slice(1)}-3`;
    for (const code of data.codes ?? []) {
      const cells = [locateRow(layout.id, code)];
      const table = layout.number;
      if (codeLevel(code) === undefined) {
        out.push({ code: "code.malformed", ruleId, severity: "error", cells, params: { table, code } });
        continue;
      }
      const subject = functionalSubject(code);
      const printed = data.names?.[code];
      if (!subject) out.push({ code: "code.unknown", ruleId, severity: "warning", cells, params: { table, code, name: printed ?? "" } });
      else if (printed !== undefined && printed.replace(/\s+/g, "") !== subject.name)
        out.push({ code: "code.name", ruleId, severity: "warning", cells, params: { table, code, name: printed, expected: subject.name } });
    }
  }
  return out;
}
