/** Rules × table instances → the list of checks (one per rule instance), skipping absent tables. */
import type { CellId } from "../model/report";
import type { Expr } from "../plan/expr";
import type { TableInstance } from "../plan/instance";
import { termLabel } from "./labels";
import type { Check, Rule, Term } from "./types";

function termTables(t: Term): string {
  return typeof t === "string" ? t.slice(0, t.indexOf(".")) : t.table;
}

function exprTerms(expr: Expr): Term[] {
  return expr.kind === "sum" ? [...expr.cells] : [{ table: expr.table, col: expr.col, prefix: expr.prefix, length: expr.length }];
}

export interface CheckContext {
  readonly instances: readonly TableInstance[];
  /** Tables present: a check that involves another table is skipped. */
  readonly present: ReadonlySet<string>;
  readonly labels: ReadonlyMap<CellId, string>;
}

export function buildChecks(rules: readonly Rule[], ctx: CheckContext): Check[] {
  const numbers = new Map(ctx.instances.map((i) => [i.layout.id, i.layout.number]));
  const byTable = new Map(ctx.instances.map((i) => [i.layout.id, i]));
  const label = (t: Term) => termLabel(t, ctx.labels, numbers);
  const out: Check[] = [];
  const push = (rule: Rule, c: Omit<Check, "ruleId" | "text" | "warningOnly" | "description" | "minus"> & { minus?: readonly Term[] }) => {
    const all = [...c.left, ...(c.minus ?? []), ...c.right];
    if (!all.every((t) => ctx.present.has(termTables(t)))) return;
    const side = (ts: readonly Term[]) =>
      ts.length > 3 ? `${label(ts[0] as Term)} 至 ${label(ts[ts.length - 1] as Term)}（共 ${ts.length} 项）之和` : ts.map(label).join(" + ") || "0";
    const minus = c.minus?.length ? ` − ${side(c.minus)}` : "";
    out.push({
      ruleId: rule.id,
      text: rule.text,
      warningOnly: rule.warningOnly ?? false,
      minus: c.minus ?? [],
      description: `${side(c.left)}${minus} ${c.op === "=" ? "=" : "≤"} ${side(c.right)}`,
      ...c,
    });
  };
  for (const rule of rules) {
    switch (rule.kind) {
      case "formula": {
        const inst = byTable.get(rule.table);
        if (!inst) break;
        for (const row of inst.rows)
          for (const cell of row.cells) {
            if (cell.t !== "amount" || !cell.expr) continue;
            if (rule.expr && cell.expr.kind !== rule.expr) continue;
            const [, rowKey, col] = cell.id.split(".");
            if (rule.rows && !rule.rows.includes(rowKey ?? "")) continue;
            if (rule.cols && !rule.cols.includes(col ?? "")) continue;
            const link = cell.expr.kind === "sumif" && cell.expr.length === cell.expr.prefix.length;
            push(rule, { op: "=", tolerance: link ? "same" : "sum", left: [cell.id], right: exprTerms(cell.expr), anchor: cell.id });
          }
        break;
      }
      case "relation":
        push(rule, { op: rule.op, tolerance: rule.tolerance, left: rule.left, minus: rule.minus ?? [], right: rule.right, anchor: typeof rule.left[0] === "string" ? rule.left[0] : "" });
        break;
      case "rowRelation": {
        const inst = byTable.get(rule.table);
        for (const row of inst?.rows ?? []) {
          const key = row.keys[0];
          if (!key) continue;
          const ids = (cols: readonly string[] | undefined) => (cols ?? []).map((c) => `${rule.table}.${key}.${c}`);
          push(rule, { op: rule.op, tolerance: rule.tolerance, left: ids(rule.left), minus: ids(rule.minus), right: ids(rule.right), anchor: ids(rule.left)[0] ?? "" });
        }
        break;
      }
      case "bodySum": {
        const inst = byTable.get(rule.table);
        if (!inst) break;
        const sideOf = inst.rows.find((r) => r.keys.includes(rule.row))?.keys.indexOf(rule.row) ?? -1;
        const foot = inst.rows.findIndex((r) => r.keys[sideOf] === rule.row);
        // The body is every keyed row of that side above the first foot row of the side (rows with a sum).
        const body = inst.rows
          .slice(0, foot)
          .map((r) => r.keys[sideOf])
          .filter((k): k is string => Boolean(k))
          .map((k) => `${rule.table}.${k}.${rule.col}`);
        const anchor = `${rule.table}.${rule.row}.${rule.col}`;
        push(rule, { op: "=", tolerance: "sum", left: [anchor], right: body, anchor });
        break;
      }
      case "rowsAtMost": {
        const inst = byTable.get(rule.small);
        for (const row of inst?.rows ?? []) {
          const key = row.keys[0];
          if (!key) continue;
          for (const [small, large] of rule.cols) {
            const right: Term = key === "total" ? `${rule.large}.total.${large}` : { table: rule.large, col: large, prefix: key, length: key.length };
            push(rule, { op: "<=", tolerance: "same", left: [`${rule.small}.${key}.${small}`], right: [right], anchor: `${rule.small}.${key}.${small}` });
          }
        }
        break;
      }
    }
  }
  return out;
}
