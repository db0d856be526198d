/** The 审核 engine in domain terms: the seed's real problems, tolerance, absent tables, meta-tests. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { exampleReport } from "../../src/core/example/liaoning2024";
import { liaoning2024 } from "../../src/core/layouts/templates";
import { MESSAGES, renderFinding } from "../../src/core/messages/zh-CN";
import { STANDARD_TOLERANCE, type Report } from "../../src/core/model/report";
import { expandTemplate } from "../../src/core/plan/expand";
import { checkReport } from "../../src/core/rules";
import { correctedExample } from "../helpers/corrected";
import { buildChecks } from "../../src/core/rules/checks";
import { cellLabels } from "../../src/core/rules/labels";
import { statusOf, totalCheck } from "../../src/core/rules/run";
import type { Check } from "../../src/core/rules/types";

const summary = (report: Report) =>
  checkReport(report).findings.map((f) => `${f.severity} ${f.ruleId} ${f.cells[0]?.sheet}!${f.cells[0]?.address} ${f.diff ?? ""}`.trim());

test("on the built-in example: the seed's real table problems and nothing else", () => {
  expect(summary(exampleReport())).toEqual([
    // 01 Σ支出类 5,577.45 vs 本年支出合计 5,577.44 (domain.md §4.6 item 3)
    "warning C01-2 公开01表!F34 -0.01",
    // 01 公共安全支出 4,302.02 vs 03 4,302.03; 社会保障和就业支出 753.94 vs 753.92 (items 1, 2)
    "warning X02 公开01表!F11 -0.01",
    "error X02 公开01表!F15 0.02",
    // the same in 04: Σ类 in the 一般公共预算 and 合计 columns (item 3), and 04 against 05 (items 1, 2)
    "warning X04 公开04表!G34 -0.01",
    "warning X04 公开04表!F34 -0.01",
    "warning X06 公开04表!G11 -0.01",
    "error X06 公开04表!G15 0.02",
    // 06: 301 and 302 printed over items that sum to 0.01 / 0.02 less (item 4)
    "warning X09 公开06表!C7 0.01",
    "warning X09 公开06表!F7 0.02",
    // 02 names 2080505 without the catalog's 支出 (item 5)
    "warning C02-3 公开02表!A30",
  ]);
});

test("with those cells corrected the example has no finding at all", () => {
  expect(summary(correctedExample())).toEqual([]);
});

test("findings name sheet, address and cell id of every cell involved, with Chinese messages", () => {
  const f = checkReport(exampleReport()).findings.find((x) => x.ruleId === "X02" && x.severity === "error")!;
  expect(f.cells).toEqual([
    { sheet: "公开01表", address: "F15", id: "T01.208.c2" },
    { sheet: "公开03表", address: "C26", id: "T03.208.c1" },
  ]);
  expect(f).toMatchObject({ expected: 753.92, actual: 753.94, diff: 0.02 });
  expect(renderFinding(f)).toBe(
    "公开01表 各类支出等于公开03表 对应类的本年支出合计：公开01表 八、社会保障和就业支出·金额 = 公开03表 208 社会保障和就业支出·本年支出合计。两处数字分别为 753.94 万元和 753.92 万元，相差 0.02 万元，应当一致。",
  );
});

const check = (over: Partial<Check>): Check => totalCheck("T", "", over);

describe("tolerance (domain.md §4.4): τ(n) = 0.005 × (n + 1) 万元 for a total of n printed addends (blank ones too)", () => {
  test.each([
    ["sum", 0, 1, "pass"],
    ["sum", 1, 1, "rounding"], // τ(1) = 0.01
    ["sum", 2, 1, "error"],
    ["sum", 2, 3, "rounding"], // τ(3) = 0.02
    ["sum", -2, 3, "rounding"],
    ["sum", 3, 3, "error"],
    ["sum", 2, 27, "rounding"], // the seed's 302: 0.02 over its 27 items
    ["sum", 8, 16, "rounding"], // τ(16) = 0.085
    ["sum", 9, 16, "error"],
    ["same", 1, 0, "rounding"], // the same figure in two tables: 0.01 is a warning
    ["same", -1, 0, "rounding"],
    ["same", 2, 0, "error"], // 0.02 or more is an error
  ] as const)("%s, diff %i cents, n = %i → %s", (tolerance, diff, n, status) =>
    expect(statusOf(check({ tolerance }), diff, n, STANDARD_TOLERANCE)).toBe(status),
  );
  test.each([
    [0, "pass"],
    [-500, "pass"],
    [1, "rounding"],
    [2, "error"],
  ] as const)("≤ with left − right = %i cents → %s", (diff, status) => expect(statusOf(check({ op: "<=" }), diff, 0, STANDARD_TOLERANCE)).toBe(status));
  test("plausibility rules never go beyond a warning", () => expect(statusOf(check({ tolerance: "same", warningOnly: true }), 500, 0, STANDARD_TOLERANCE)).toBe("check"));
  test("the tolerance is a setting: a stricter one turns the seed's 06 尾差 into errors", () => {
    const strict = { ...exampleReport(), tolerance: { name: "strict", perFigure: 0, sameFigure: 0 } };
    expect(summary(strict).filter((s) => s.startsWith("error X09"))).toHaveLength(2);
  });
});

test("a rule whose table is absent is skipped, not reported", () => {
  const report = exampleReport();
  delete report.tables.T06;
  delete report.tables.T03;
  const out = checkReport(report);
  const ids = new Set(out.checks.map((c) => c.ruleId));
  for (const id of ["X09", "X10", "X12", "X07", "C03-1"]) expect(ids.has(id)).toBe(false);
  expect(out.checks.some((c) => c.ruleId === "X02")).toBe(false); // 01's links to 03
  expect(out.findings.map((f) => f.ruleId)).not.toContain("X09");
});

describe("meta", () => {
  const report = exampleReport();
  const instances = expandTemplate(liaoning2024, report.tables);
  const cells = new Set(instances.flatMap((i) => i.rows.flatMap((r) => r.cells.flatMap((c) => (c.t === "amount" ? [c.id] : [])))));
  const checks = buildChecks(liaoning2024.rules, { instances, present: new Set(liaoning2024.tables.map((t) => t.id)), labels: cellLabels(instances) });

  test("every cell a rule names exists in the layout", () => {
    for (const c of checks) for (const t of [...c.left, ...c.minus, ...c.right]) if (typeof t === "string") expect([c.ruleId, cells.has(t)]).toEqual([c.ruleId, true]);
  });
  test("every rule yields at least one check on the example", () => {
    const seen = new Set(checks.map((c) => `${c.ruleId} ${c.text}`));
    for (const r of liaoning2024.rules) expect([r.id, seen.has(`${r.id} ${r.text}`) || r.kind === "rowRelation"]).toEqual([r.id, true]);
  });
  test("every derived cell of the layout is checked by exactly one formula rule", () => {
    const derived = instances.flatMap((i) => i.rows.flatMap((r) => r.cells.flatMap((c) => (c.t === "amount" && c.expr ? [c.id] : []))));
    const formulaAnchors = checks.filter((c) => liaoning2024.rules.find((r) => r.id === c.ruleId && r.kind === "formula" && r.text === c.text)).map((c) => c.anchor);
    expect([...formulaAnchors].sort()).toEqual([...derived].sort());
  });
  test("every message code used in src/ has a zh-CN message, and every message is used", () => {
    const files: string[] = [];
    const walk = (d: string) => readdirSync(d).forEach((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : files.push(path.join(d, f))));
    walk(path.join(__dirname, "../../src"));
    const source = files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith("zh-CN.ts")).map((f) => readFileSync(f, "utf8")).join("\n");
    const used = new Set([...source.matchAll(/"((?:rule|code|read|json|fn|narrative|file)\.[a-z-]+)"/g)].map((m) => m[1] as string));
    for (const code of used) expect([code, MESSAGES[code] !== undefined]).toEqual([code, true]);
    for (const code of Object.keys(MESSAGES)) expect([code, used.has(code)]).toEqual([code, true]);
  });
});
