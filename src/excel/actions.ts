/**
 * The pane's three actions against the open workbook, each within its round-trip budget:
 * 生成表样 ≤ 2 (see what exists, write), 校验 ≤ 2 (read, mark), 清除标注 ≤ 2 (read the store, restore).
 */
import { MARK_STORE, markCells } from "../core/marks";
import type { CellRef, Finding } from "../core/model/finding";
import type { Report } from "../core/model/report";
import { buildWorkbookPlan } from "../core/plan/build";
import { checkReport } from "../core/rules";
import { readWorkbook } from "../core/read/workbook";
import { applyPlan, existing, type ApplyResult, type Conflict, type Existing } from "./generate";
import { queueMarks, queueRestore, storeRows } from "./marks";
import { queueRead, scanAll } from "./read";
import { run, type Support } from "./support";

export interface GenerateOutcome {
  readonly conflicts: readonly string[];
  /** Continue after the user chose what to do with existing sheets (or at once when there are none). */
  readonly write: (conflict: Conflict) => Promise<ApplyResult>;
}

export async function prepareGenerate(report: Report, blank: boolean, s: Support): Promise<GenerateOutcome> {
  const plan = buildWorkbookPlan(report, { blank });
  const before: Existing = await existing(s);
  const conflicts = plan.sheets.map((p) => p.name).filter((n) => before.sheets.includes(n));
  return { conflicts, write: (conflict) => applyPlan(plan, before, conflict, s) };
}

export interface CheckOutcome {
  readonly findings: readonly Finding[];
  readonly checks: number;
  readonly passed: number;
  readonly marked: number;
  /** Cells whose message could not be attached as a note (the user has notes we could not locate). */
  readonly unannotated: number;
}

export async function runCheck(s: Support): Promise<CheckOutcome> {
  return run(s, async (ctx) => {
    const result = queueRead(ctx, s.notes);
    await ctx.sync();
    let state = result();
    if (state === "scan") state = { grid: await scanAll(ctx), store: null, noteCount: 0 };
    const read = readWorkbook(state.grid);
    const previous = storeRows(state.store);
    if (!read.report) {
      queueRestore(ctx, previous, s);
      await ctx.sync();
      return { findings: read.findings, checks: 0, passed: 0, marked: 0, unannotated: 0 };
    }
    const out = checkReport(read.report, { locations: read.locations, rowLocations: read.rowLocations });
    const findings = [...read.findings, ...out.findings];
    const userNotes = state.noteCount - previous.filter((r) => r.via === "note").length > 0;
    queueRestore(ctx, previous, s);
    const rows = queueMarks(ctx, markCells(findings), previous, s, userNotes);
    await ctx.sync();
    return {
      findings,
      checks: out.results.length,
      passed: out.results.filter((r) => r.status === "pass").length,
      marked: rows.length,
      unannotated: rows.filter((r) => r.via === "none").length,
    };
  });
}

export async function clearMarks(s: Support): Promise<number> {
  return run(s, async (ctx) => {
    const store = ctx.workbook.worksheets.getItemOrNullObject(MARK_STORE).getUsedRangeOrNullObject(true);
    store.load("values");
    await ctx.sync();
    const rows = storeRows(store.isNullObject ? null : store.values);
    queueRestore(ctx, rows, s);
    if (rows.length) await ctx.sync();
    return rows.length;
  });
}

/** Selects a finding's cells (the first sheet's cells; Excel selects within one sheet). */
export async function selectCells(cells: readonly CellRef[], s: Support): Promise<void> {
  const first = cells[0];
  if (!first) return;
  const same = cells.filter((c) => c.sheet === first.sheet && c.address);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(first.sheet);
    ws.activate();
    (s.api19 && same.length > 1 ? ws.getRanges(same.map((c) => c.address).join(",")) : ws.getRange(first.address)).select();
    await ctx.sync();
  });
}
