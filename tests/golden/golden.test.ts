/**
 * Golden files for the generated sheets of the built-in example, one per table, reviewed against the
 * seed. Rewrite with UPDATE_GOLDEN=1 npx jest tests/golden and read the diff.
 *
 * Reviewed deviations from the seed's printed tables (all deliberate):
 * - 表号 is printed "公开01表" (the PDF extraction shows "公开 01 表");
 * - 06 prints the official names 机关事业单位基本养老保险缴费 (seed: …保险) and 对民间非营利组织和群众性自治组织补贴
 *   (seed truncates "补贴") with full 5-digit codes;
 * - 09's title follows the seed's table of contents (…支出决算表); its page heading reads …收入支出决算表.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { INPUT_SHEET } from "../../src/core/narrative/inputSheet";
import { NARRATIVE_SHEET } from "../../src/core/narrative/narrativeSheet";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { dumpSheet } from "../helpers/dump";

const plan = buildWorkbookPlan(exampleReport());
const blank = buildWorkbookPlan({ ...exampleReport(), tables: {} }, { blank: true });

const cases = [
  ...plan.sheets.filter((s) => s.tableId).map((s) => [`example-${s.tableId}`, s] as const),
  ...blank.sheets.filter((s) => s.tableId === "T02").map((s) => [`blank-${s.tableId}`, s] as const),
  // The 说明数据 input sheet and the live 情况说明 sheet (its formulas are the golden of the live rendering).
  ...plan.sheets.filter((s) => s.name === INPUT_SHEET || s.name === NARRATIVE_SHEET).map((s) => [`example-${s.name === INPUT_SHEET ? "inputs" : "narrative"}`, s] as const),
  ...blank.sheets.filter((s) => s.name === INPUT_SHEET).map((s) => ["blank-inputs", s] as const),
];

describe("golden sheets", () => {
  test.each(cases)("%s", (name, sheet) => {
    const file = path.join(__dirname, "sheets", `${name}.txt`);
    const actual = dumpSheet(sheet);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, "utf8"));
  });
});
