/** Normalized text dump of a sheet plan for golden files: what a reviewer compares with the seed. */
import { a1 } from "../../src/core/plan/a1";
import { STYLES, type SheetPlan } from "../../src/core/plan/sheet";

export function dumpSheet(plan: SheetPlan): string {
  const lines: string[] = [];
  const p = plan.print;
  lines.push(`# ${plan.name}${p ? ` — ${p.orientation}, A4, fit ${p.fitToWidth}×${p.fitToHeight || "auto"}, title rows ${p.titleRows?.join(":") ?? "-"}` : ""}`);
  lines.push(`formats: ${Object.entries(STYLES).flatMap(([k, st]) => (st.numFmt ? [`${k}=${st.numFmt}`] : [])).join(" ")}`);
  lines.push(`widths: ${plan.widths.join(" ")}`);
  lines.push(`hidden rows: ${plan.hiddenRows.join(" ") || "-"}; hidden columns: ${plan.hiddenColumns.join(" ") || "-"}`);
  lines.push(`merges: ${plan.merges.join(" ")}`);
  lines.push(`names: ${plan.names.map((n) => `${n.name}=${n.ref}`).join(" ")}`);
  plan.rows.forEach((row, r) => {
    const cells = row.flatMap((c, col) => {
      if (!c || (c.v === null && c.f === undefined && c.s === "blank")) return [];
      const body = c.f !== undefined ? `=${c.f} → ${c.v}` : JSON.stringify(c.v);
      return [`${a1(r + 1, col + 1)} ${body} [${c.s}]${c.note ? ` note: ${c.note}` : ""}`];
    });
    if (cells.length) lines.push(`${r + 1}: ${cells.join(" | ")}`);
  });
  return lines.join("\n") + "\n";
}
