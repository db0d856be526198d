/** What the pane needs from Excel, as one object of capabilities (the real adapter or a test double). */
import type { Report } from "../core/model/report";
import type { CellRef } from "../core/model/finding";
import { clearMarks, prepareGenerate, runCheck, selectCells, type CheckOutcome } from "../excel/actions";
import type { Conflict } from "../excel/generate";
import { detectSupport, supportWarnings } from "../excel/support";

export interface PaneHost {
  readonly warnings: readonly string[];
  /** Generates the sheets; `ask` is called when some already exist and returns the user's choice or null (取消). */
  generate(report: Report, blank: boolean, ask: (existing: readonly string[]) => Promise<Conflict | null>): Promise<number | null>;
  check(): Promise<CheckOutcome>;
  clear(): Promise<number>;
  select(cells: readonly CellRef[]): Promise<void>;
}

export function excelHost(): PaneHost {
  const s = detectSupport();
  return {
    warnings: supportWarnings(s),
    async generate(report, blank, ask) {
      const g = await prepareGenerate(report, blank, s);
      const choice = g.conflicts.length ? await ask(g.conflicts) : "overwrite";
      if (!choice) return null;
      const r = await g.write(choice);
      return Object.keys(r.written).length;
    },
    check: () => runCheck(s),
    clear: () => clearMarks(s),
    select: (cells) => selectCells(cells, s),
  };
}
