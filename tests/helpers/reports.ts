/** Report fixtures built from the layouts and catalogs: random but well-formed, seeded. */
import { functionalSubjects } from "../../src/core/catalog/functional";
import { getTemplate } from "../../src/core/layouts/templates";
import type { Money } from "../../src/core/money";
import { STANDARD_TOLERANCE, type Report, type TableData } from "../../src/core/model/report";
import { expandTemplate, tableCodes } from "../../src/core/plan/expand";

/** Small deterministic PRNG (mulberry32) so fixtures are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A report with random 项 rows in every code table and random amounts in every entered cell. */
export function randomReport(seed: number, itemCount = 12, templateId = "liaoning-2024"): Report {
  const next = rng(seed);
  const template = getTemplate(templateId);
  if (!template) throw new Error(templateId);
  const items = functionalSubjects().filter((s) => s.code.length === 7);
  const tables: Record<string, TableData> = {};
  for (const layout of template.tables) {
    tables[layout.id] = { amounts: {}, overrides: {} };
    if (layout.kind === "codes") {
      const codes = new Set<string>();
      while (codes.size < Math.min(itemCount, items.length)) codes.add(items[Math.floor(next() * items.length)]?.code ?? "2040601");
      (tables[layout.id] as TableData).codes = tableCodes({ amounts: {}, overrides: {}, codes: [...codes] });
    }
  }
  for (const inst of expandTemplate(template, tables)) {
    const data = tables[inst.layout.id] as TableData;
    for (const row of inst.rows)
      for (const c of row.cells) {
        if (c.t !== "amount" || c.expr || next() < 0.3) continue;
        const m: Money = Math.floor(next() * 10_000_000);
        if (m) data.amounts[c.id.slice(inst.layout.id.length + 1)] = m;
      }
  }
  return { templateId, department: `测试部门${seed}`, year: 2024, units: ["本级"], tolerance: STANDARD_TOLERANCE, tables };
}
