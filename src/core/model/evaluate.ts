/**
 * TypeScript evaluation of a report: every amount cell's value, derived cells computed from their
 * expressions exactly as the generated Excel formulas compute them (overrides are constants, as in the sheet).
 */
import type { Money } from "../money";
import { codeMatches, type Expr } from "../plan/expr";
import type { TableInstance } from "../plan/instance";
import { compileProgram, formulaValue, runProgram, type CellProgram } from "./program";
import { splitCellId, type CellId, type TableData } from "./report";

export interface CellInfo {
  readonly id: CellId;
  readonly expr?: Expr;
}

/** Index of the amount cells of a set of table instances, and of the code rows SUMIF looks at. */
export interface CellIndex {
  readonly cells: ReadonlyMap<CellId, CellInfo>;
  /** table id → its code rows' codes, in row order */
  readonly codeRows: ReadonlyMap<string, readonly string[]>;
  /** The codes of `table` a SUMIF pattern selects (memoized: the same patterns are asked for per column). */
  matching(table: string, pattern: { prefix: string; length: number }): readonly string[];
}

export function indexInstances(instances: readonly TableInstance[]): CellIndex {
  const cells = new Map<CellId, CellInfo>();
  const codeRows = new Map<string, string[]>();
  for (const inst of instances) {
    const codes: string[] = [];
    for (const row of inst.rows) {
      for (const c of row.cells) if (c.t === "amount") cells.set(c.id, c.expr ? { id: c.id, expr: c.expr } : { id: c.id });
      if (inst.layout.kind === "codes" && row.keys[0] && row.keys[0] !== "total") codes.push(row.keys[0]);
    }
    if (inst.layout.kind === "codes") codeRows.set(inst.layout.id, codes);
  }
  const memo = new Map<string, readonly string[]>();
  const matching = (table: string, pattern: { prefix: string; length: number }): readonly string[] => {
    const key = `${table}|${pattern.prefix}|${pattern.length}`;
    let hit = memo.get(key);
    if (!hit) memo.set(key, (hit = (codeRows.get(table) ?? []).filter((c) => codeMatches(c, pattern))));
    return hit;
  };
  return { cells, codeRows, matching };
}

export interface Evaluation {
  readonly program: CellProgram;
  /** Printed value of every cell by program slot. */
  readonly values: Float64Array;
  /** The value a cell shows: the override, else the formula, else the entered amount, else 0. */
  value(id: CellId): Money;
  /** What the cell's formula gives (undefined for entered cells); differs from value() only for overrides. */
  formula(id: CellId): Money | undefined;
}

/** Evaluates a report over the cells of an index (one pass of the compiled cell program). */
export function evaluate(index: CellIndex, tables: Readonly<Record<string, TableData>>, program: CellProgram = compileProgram(index)): Evaluation {
  const values = runProgram(program, tables);
  const stored = (id: CellId): Money => {
    const { table, key } = splitCellId(id);
    return tables[table]?.overrides[key] ?? tables[table]?.amounts[key] ?? 0;
  };
  return {
    program,
    values,
    value: (id) => {
      const s = program.slot.get(id);
      return s === undefined ? stored(id) : (values[s] as number);
    },
    formula: (id) => {
      const s = program.slot.get(id);
      return s === undefined || !program.derived[s] ? undefined : formulaValue(program, values, s);
    },
  };
}
