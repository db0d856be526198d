/** Perturbing printed figures as a careless hand would: one cell typed over with a slightly wrong figure. */
import { getTemplate } from "../../src/core/layouts/templates";
import type { Money } from "../../src/core/money";
import { evaluate, indexInstances } from "../../src/core/model/evaluate";
import type { CellId, Report } from "../../src/core/model/report";
import { expandTemplate } from "../../src/core/plan/expand";
import { reportFromPrinted, type PrintedTable } from "../../src/core/model/printed";

export function amountCells(report: Report): { id: CellId; derived: boolean }[] {
  const template = getTemplate(report.templateId)!;
  const out: { id: CellId; derived: boolean }[] = [];
  for (const inst of expandTemplate(template, report.tables))
    for (const row of inst.rows) for (const c of row.cells) if (c.t === "amount") out.push({ id: c.id, derived: c.expr !== undefined });
  return out;
}

/** The report with the printed figure of one cell changed by delta (an override for a derived cell). */
export function perturb(report: Report, id: CellId, delta: Money): Report {
  const template = getTemplate(report.templateId)!;
  const index = indexInstances(expandTemplate(template, report.tables));
  const printed = evaluate(index, report.tables).value(id);
  const dot = id.indexOf(".");
  const table = id.slice(0, dot);
  const key = id.slice(dot + 1);
  const data = report.tables[table] ?? { amounts: {}, overrides: {} };
  const derived = index.cells.get(id)?.expr !== undefined;
  const next = { amounts: { ...data.amounts }, overrides: { ...data.overrides } };
  const target = derived ? next.overrides : next.amounts;
  target[key] = printed + delta;
  if (!derived && target[key] === 0) delete target[key];
  return { ...report, tables: { ...report.tables, [table]: { ...data, ...next } } };
}

/**
 * The report as if one printed figure were typed over, everything else printed as before (a typo in a
 * published table): all printed figures, one changed, read back into inputs and overrides.
 */
export function perturbPrinted(report: Report, id: CellId, delta: Money): Report {
  const template = getTemplate(report.templateId)!;
  const instances = expandTemplate(template, report.tables);
  const ev = evaluate(indexInstances(instances), report.tables);
  const printed: Record<string, PrintedTable> = {};
  for (const inst of instances) {
    const t = inst.layout.id;
    const data = report.tables[t];
    if (!data) continue;
    const values: Record<string, Money> = {};
    for (const row of inst.rows)
      for (const c of row.cells) {
        if (c.t !== "amount") continue;
        const v = ev.value(c.id) + (c.id === id ? delta : 0);
        if (v !== 0) values[c.id.slice(t.length + 1)] = v;
      }
    printed[t] = { values, ...(data.codes ? { codes: data.codes } : {}), ...(data.names ? { names: data.names } : {}) };
  }
  return reportFromPrinted(report, printed);
}
