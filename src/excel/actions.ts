/**
 * The pane's three actions against the open workbook, each within its round-trip budget:
 * 生成表样 ≤ 2 (see what exists, write), 校验 ≤ 2 (read, mark), 清除标注 ≤ 2 (read the store, restore).
 */
import { markCells } from "../core/marks";
import type { CellRef, Finding } from "../core/model/finding";
import type { Report } from "../core/model/report";
import { buildWorkbookPlan } from "../core/plan/build";
import { checkReport } from "../core/rules";
import { readWorkbook } from "../core/read/workbook";
import { applyPlan, dependents, existing, type ApplyResult, type Conflict, type Dependents, type Existing } from "./generate";
import { queueMarks, queueMarkState, queueRestore, type RestoreReport } from "./marks";
import { queueRead, scanAll } from "./read";
import { run, type Support } from "./support";

export interface GenerateOutcome {
  readonly conflicts: readonly string[];
  /** Formulas of the user's sheets that refer to the conflicting ones (#REF! after 覆盖). */
  readonly dependents: Dependents;
  /** Continue after the user chose what to do with existing sheets (or at once when there are none). */
  readonly write: (conflict: Conflict) => Promise<ApplyResult>;
}

export async function prepareGenerate(report: Report, blank: boolean, s: Support): Promise<GenerateOutcome> {
  const plan = buildWorkbookPlan(report, { blank });
  const before: Existing = await existing(s);
  const taken = new Map(before.sheets.map((n) => [n.toLowerCase(), n]));
  const conflicts = plan.sheets.flatMap((p) => taken.get(p.name.toLowerCase()) ?? []);
  const refs = conflicts.length > 0 ? await dependents(s, before, conflicts) : { count: 0, examples: [] };
  return { conflicts, dependents: refs, write: (conflict) => applyPlan(plan, before, conflict, s) };
}

export interface CheckOutcome {
  readonly findings: readonly Finding[];
  readonly checks: number;
  readonly passed: number;
  readonly marked: number;
  /** Cells whose message could not be attached (no notes or comments API, or a threaded comment is there). */
  readonly unannotated: number;
  /** Cells beside a threaded comment of the user's: marked by fill only. */
  readonly besideComments: number;
  /** Protected sheets whose cells were not marked. */
  readonly protectedSheets: readonly string[];
  /** What the earlier marks' clean-up could not do (sheets gone, notes deleted by the user). */
  readonly restore: RestoreReport;
}

export async function runCheck(s: Support): Promise<CheckOutcome> {
  return run(s, async (ctx) => {
    const result = queueRead(ctx);
    const marks = queueMarkState(ctx, s);
    await ctx.sync();
    const state = await marks.locate();
    const read0 = result();
    const grid = read0 === "scan" ? await scanAll(ctx, [...state.sheets.values()].map((x) => x.name)) : read0.grid;
    const read = readWorkbook(grid);
    const out = read.report ? checkReport(read.report, { locations: read.locations, rowLocations: read.rowLocations }) : undefined;
    const findings = out ? [...read.findings, ...out.findings] : read.findings;
    const restore = queueRestore(ctx, state, s);
    // Earlier marks that could not be taken back (a protected sheet) stay; no new marks over them.
    const marked = read.report && !restore.protectedCells ? queueMarks(ctx, markCells(findings), state, s) : { rows: [], besideComments: 0, protectedSheets: [] };
    await ctx.sync();
    return {
      findings,
      checks: out?.results.length ?? 0,
      passed: out?.results.filter((r) => r.status === "pass").length ?? 0,
      marked: marked.rows.length,
      unannotated: marked.rows.filter((r) => r.via === "none").length,
      besideComments: marked.besideComments,
      protectedSheets: marked.protectedSheets,
      restore,
    };
  });
}

export async function clearMarks(s: Support): Promise<RestoreReport> {
  return run(s, async (ctx) => {
    const marks = queueMarkState(ctx, s);
    await ctx.sync();
    const state = await marks.locate();
    const report = queueRestore(ctx, state, s);
    if (state.store.length > 0) await ctx.sync();
    return report;
  });
}

/** Selects a finding's cells (the first sheet's cells; Excel selects within one sheet). */
export async function selectCells(cells: readonly CellRef[], s: Support): Promise<void> {
  const first = cells[0];
  if (!first) return;
  const same = cells.filter((c) => c.sheet === first.sheet && c.address);
  await run(s, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(first.sheet);
    ws.activate();
    (s.api19 && same.length > 1 ? ws.getRanges(same.map((c) => c.address).join(",")) : ws.getRange(first.address)).select();
    await ctx.sync();
  });
}
