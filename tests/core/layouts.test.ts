/** Layout expansion in domain terms: 行次, row order and labels as the seed prints them, and a variant. */
import { FUNCTIONAL_CLASSES, functionalSubject } from "../../src/core/catalog/functional";
import { economicSubject } from "../../src/core/catalog/economic";
import { getTemplate, liaoning2024, registerTemplate } from "../../src/core/layouts/templates";
import type { Template } from "../../src/core/layouts/types";
import { expandTable, expandTemplate } from "../../src/core/plan/expand";
import type { TableInstance } from "../../src/core/plan/instance";
import { buildWorkbookPlan } from "../../src/core/plan/build";
import { STANDARD_TOLERANCE } from "../../src/core/model/report";

/** 行次 → label, per side, as the table prints them. */
function rowsByNumber(inst: TableInstance): Map<number, string> {
  const out = new Map<number, string>();
  for (const row of inst.rows) {
    row.cells.forEach((c, i) => {
      if (c.t !== "rowNo") return;
      const label = row.cells[i - 1];
      out.set(c.n, label?.t === "text" ? label.text : "");
    });
  }
  return out;
}

const t01 = expandTable(liaoning2024.tables[0]!, liaoning2024, undefined);
const t04 = expandTable(liaoning2024.tables[3]!, liaoning2024, undefined);

describe("公开01表 行次 (seed)", () => {
  const rows = rowsByNumber(t01);
  test.each([
    [1, "一、一般公共预算财政拨款收入"],
    [8, "八、其他收入"],
    [9, ""],
    [27, "本年收入合计"],
    [28, "使用非财政拨款结余"],
    [29, "年初结转和结余"],
    [30, ""],
    [31, "总计"],
    [32, "一、一般公共服务支出"],
    [35, "四、公共安全支出"],
    [39, "八、社会保障和就业支出"],
    [40, "九、卫生健康支出"],
    [50, "十九、住房保障支出"],
    [55, "二十四、债务还本支出"],
    [57, "二十六、抗疫特别国债安排的支出"],
    [58, "本年支出合计"],
    [59, "结余分配"],
    [60, "年末结转和结余"],
    [61, ""],
    [62, "总计"],
  ])("行次 %i is “%s”", (n, label) => expect(rows.get(n)).toBe(label));
  test("numbers 1–62 without gaps", () => expect([...rows.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 62 }, (_, i) => i + 1)));
});

describe("公开04表 行次 (seed)", () => {
  const rows = rowsByNumber(t04);
  test.each([
    [1, "一、一般公共预算财政拨款"],
    [3, "三、国有资本经营预算财政拨款"],
    [4, ""],
    [27, "本年收入合计"],
    [28, "年初财政拨款结转和结余"],
    [29, "一般公共预算财政拨款"],
    [31, "国有资本经营预算财政拨款"],
    [32, "总计"],
    [33, "一、一般公共服务支出"],
    [36, "四、公共安全支出"],
    [58, "二十六、抗疫特别国债安排的支出"],
    [59, "本年支出合计"],
    [60, "年末财政拨款结转和结余"],
    [63, ""],
    [64, "总计"],
  ])("行次 %i is “%s”", (n, label) => expect(rows.get(n)).toBe(label));
});

describe("catalogs", () => {
  test("26 expenditure 类 with a 01/04 row, in code order", () => {
    expect(liaoning2024.expenditureClasses).toHaveLength(26);
    expect([...liaoning2024.expenditureClasses].sort()).toEqual(liaoning2024.expenditureClasses);
  });
  test.each([
    ["204", "公共安全支出"],
    ["20406", "司法"],
    ["2040612", "法治建设"],
    ["2080505", "机关事业单位基本养老保险缴费支出"],
    ["2210201", "住房公积金"],
  ])("functional %s = %s", (code, name) => expect(functionalSubject(code)?.name).toBe(name));
  test.each([
    ["30108", "机关事业单位基本养老保险缴费"],
    ["30231", "公务用车运行维护费"],
    ["31013", "公务用车购置"],
    ["39908", "对民间非营利组织和群众性自治组织补贴"],
  ])("economic %s = %s", (code, name) => expect(economicSubject(code)?.name).toBe(name));
  test("every 款/项 has its parent in the catalog", () => {
    for (const c of FUNCTIONAL_CLASSES) expect(c.code).toMatch(/^\d{3}$/);
  });
});

describe("code tables expand 合计, then 类 → 款 → 项 in code order", () => {
  const t03 = liaoning2024.tables[2]!;
  const inst = expandTable(t03, liaoning2024, { amounts: {}, overrides: {}, codes: ["2101101", "2040601", "2040801", "2080505"] });
  test("row order", () =>
    expect(inst.rows.map((r) => r.keys[0])).toEqual(["total", "204", "20406", "2040601", "20408", "2040801", "208", "20805", "2080505", "210", "21011", "2101101"]));
  test("类 and 款 rows are derived by SUMIF over their children; 项 rows are entered", () => {
    const cell = (code: string, col: number) => inst.rows.find((r) => r.keys[0] === code)?.cells[col];
    expect(cell("204", 3)).toMatchObject({ t: "amount", expr: { kind: "sumif", prefix: "204", length: 5 } });
    expect(cell("20406", 3)).toMatchObject({ t: "amount", expr: { kind: "sumif", prefix: "20406", length: 7 } });
    expect(cell("2040601", 3)).toEqual({ t: "amount", id: "T03.2040601.c2" });
    expect(cell("2040601", 2)).toMatchObject({ expr: { kind: "sum", cells: ["T03.2040601.c2", "T03.2040601.c3", "T03.2040601.c4", "T03.2040601.c5", "T03.2040601.c6"] } });
  });
});

describe("a second template variant is data only", () => {
  const variant: Template = {
    ...liaoning2024,
    id: "test-24-classes",
    name: "测试：24 类（无债务还本/付息）",
    expenditureClasses: liaoning2024.expenditureClasses.filter((c) => c !== "231" && c !== "232"),
  };
  registerTemplate(variant);
  const [v01, , , v04] = expandTemplate(getTemplate("test-24-classes")!, {});
  test("01 numbers its rows from the row list: 29 per side", () => {
    const rows = rowsByNumber(v01!);
    expect(rows.size).toBe(58);
    expect(rows.get(24)).toBe("");
    expect(rows.get(25)).toBe("本年收入合计");
    expect(rows.get(29)).toBe("总计");
    expect(rows.get(30)).toBe("一、一般公共服务支出");
    expect(rows.get(53)).toBe("二十四、抗疫特别国债安排的支出");
    expect(rows.get(54)).toBe("本年支出合计");
    expect(rows.get(58)).toBe("总计");
    expect([...rows.values()]).not.toContain("二十四、债务还本支出");
  });
  test("04 likewise: 1–30 income, 31–60 expenditure", () => {
    const rows = rowsByNumber(v04!);
    expect(rows.get(25)).toBe("本年收入合计");
    expect(rows.get(30)).toBe("总计");
    expect(rows.get(31)).toBe("一、一般公共服务支出");
    expect(rows.get(55)).toBe("本年支出合计");
    expect(rows.get(60)).toBe("总计");
  });
  test("the variant builds a workbook plan", () => {
    const plan = buildWorkbookPlan({ templateId: "test-24-classes", department: "测试", year: 2024, units: [], tolerance: STANDARD_TOLERANCE, tables: {} });
    expect(plan.sheets.filter((s) => s.tableId)).toHaveLength(9);
  });
});
