/**
 * Plausibility rules over 说明数据 (warnings): X13 机关运行经费 ≤ 06 公用经费合计 (domain.md §4.3) and the
 * internal arithmetic of 政府采购 (N7, §4.5). Declared as data over the same figures the sentences use.
 */
import type { Money } from "../money";
import type { CellRef, Finding } from "../model/finding";
import type { CellId, Report } from "../model/report";
import { cell, input, sum } from "./dsl";
import { formatHundredths, numSources, numValue } from "./render";
import type { Num } from "./types";

export interface InputCheck {
  readonly id: string;
  readonly text: string;
  /** left ≤ right; checked only when left's input has been filled in. */
  readonly left: Num;
  readonly leftKey: string;
  readonly right: Num;
}

const le = (id: string, text: string, leftKey: string, right: Num): InputCheck => ({ id, text, left: input(leftKey), leftKey, right });
const procurement = sum(input("procurement.goods"), input("procurement.works"), input("procurement.services"));

export const INPUT_CHECKS: readonly InputCheck[] = [
  le("X13", "机关运行经费不应超过公开06表的公用经费合计", "operating.amount", cell("T06.publicTotal.amt")),
  le("N7", "授予中小企业合同金额不应超过政府采购支出总额", "procurement.sme", procurement),
  le("N7", "授予小微企业合同金额不应超过授予中小企业合同金额", "procurement.small", input("procurement.sme")),
  le("N7", "货物采购授予中小企业合同金额不应超过政府采购货物支出", "procurement.goodsSme", input("procurement.goods")),
  le("N7", "工程采购授予中小企业合同金额不应超过政府采购工程支出", "procurement.worksSme", input("procurement.works")),
  le("N7", "服务采购授予中小企业合同金额不应超过政府采购服务支出", "procurement.servicesSme", input("procurement.services")),
];

export function inputCheckFindings(report: Report, value: (id: CellId) => Money, locate: (source: string) => CellRef | undefined): Finding[] {
  const inputs = report.inputs;
  if (!inputs) return [];
  const values = { cell: value, inputs };
  const out: Finding[] = [];
  for (const c of INPUT_CHECKS) {
    if (typeof inputs[c.leftKey] !== "number") continue;
    const l = numValue(c.left, values);
    const r = numValue(c.right, values);
    if (l <= r) continue;
    out.push({
      code: "narrative.input-le",
      ruleId: c.id,
      severity: "warning",
      cells: [...numSources(c.left), ...numSources(c.right)].flatMap((s) => locate(s) ?? []),
      actual: l / 100,
      expected: r / 100,
      diff: (l - r) / 100,
      params: { rule: c.id, text: c.text, actual: formatHundredths(l), expected: formatHundredths(r), diff: formatHundredths(l - r) },
    });
  }
  return out;
}
