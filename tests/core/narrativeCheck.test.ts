/**
 * 表文一致性检查 (N1–N4, and N6 for the 四 list) against the seed's own 第二部分 and against edited copies of our rendering.
 * On the seed it must find exactly what the tables and 说明数据 can prove, and nothing on the sentences
 * that are right; on our own text it finds nothing; each kind of edit is reported with both values.
 */
import { exampleReport } from "../../src/core/example/liaoning2024";
import { correctedExample } from "../helpers/corrected";
import { narrateReport } from "../../src/core/narrative";
import { checkNarrative } from "../../src/core/narrative/check";
import { narrativePlainText } from "../../src/core/narrative/plainText";
import { renderFinding } from "../../src/core/messages/zh-CN";
import { seedNarrativeText } from "../fixtures/seed";

const seed = seedNarrativeText();
const report = exampleReport();
/** The example with its table inconsistencies corrected: its own rendering has nothing to find. */
const fixed = correctedExample();
const ours = narrativePlainText(narrateReport(fixed).blocks);
const summary = (text: string, against = fixed) =>
  checkNarrative(against, text)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.severity} ${f.code} ${f.params.quoted} ${f.params.value ?? f.params.base ?? ""}`.trim());

test("the seed's 第二部分: exactly its provable problems", () => {
  const result = checkNarrative(report, seed);
  expect(summary(seed, report)).toEqual([
    // 公共安全/社会保障: the narrative follows 02/03/05; 01 and 04 print other figures (domain §4.6 items 1–2)
    "warning narrative.amount-also 4302.03 4302.02",
    "warning narrative.amount-also 4302.03 4302.02",
    "error narrative.amount-also 753.92 753.94",
    "error narrative.amount-also 753.92 753.94",
    // 因公出国 完成预算的0.00% against a zero budget (item 12, N4)
    "error narrative.zero-base 0.00 公开07表 1、因公出国（境）费·预算数",
    // 公务接待: 增加0.31 and 增长220.23% cannot both hold (0.31 / 0.13 = 238.46%)
    "error narrative.percent 220.23 238.46",
    // 四 lists 06 items with no spending (N6)
    "warning narrative.zero-item 其他工资福利支出",
    "warning narrative.zero-item 奖励金",
    "warning narrative.zero-item 手续费",
    "warning narrative.zero-item 因公出国（境）费用",
    "warning narrative.zero-item 租赁费",
    "warning narrative.zero-item 会议费",
    "warning narrative.zero-item 委托业务费",
    "warning narrative.zero-item 工会经费",
    "warning narrative.zero-item 办公设备购置",
    "warning narrative.zero-item 专用设备购置",
    "warning narrative.zero-item 信息网络及软件购置更新",
    // 政府采购: five rates against zero bases (N4)
    "error narrative.zero-base 0.00 说明数据“政府采购货物支出”等 3 项之和",
    "error narrative.zero-base 0.00 说明数据“授予中小企业合同金额”",
    "error narrative.zero-base 0 说明数据“政府采购货物支出”",
    "error narrative.zero-base 0 说明数据“政府采购工程支出”",
    "error narrative.zero-base 0 说明数据“政府采购服务支出”",
  ]);
  expect(result.unverified).toEqual([]);
  expect(result.matched).toBeGreaterThan(120);
  // Messages name both values and the sentence.
  const msg = renderFinding(result.findings.find((f) => f.code === "narrative.amount-also" && f.severity === "error")!);
  expect(msg).toContain("753.92");
  expect(msg).toContain("753.94");
  expect(msg).toContain("公开04表");
});

test("our own rendering checks clean", () => {
  const result = checkNarrative(fixed, ours);
  expect(result.findings).toEqual([]);
  expect(result.unverified).toEqual([]);
});

const EDITS: readonly (readonly [string, string, string, string])[] = [
  ["N1 amount", "收入总计5577.44万元，包括", "收入总计5577.54万元，包括", "error narrative.amount 5577.54 5577.44"],
  ["N1 尾差", "项目支出852.36万元", "项目支出852.37万元", "warning narrative.amount 852.37 852.36"],
  ["N2 share", "占支出总计的84.72%", "占支出总计的84.27%", "error narrative.percent 84.27 84.72"],
  ["N2 within 0.01 pp", "占支出总计的84.72%", "占支出总计的84.73%", ""],
  ["N3 direction", "今年收入总计减少209.55万元", "今年收入总计增加209.55万元", "error narrative.direction 增加 减少"],
  ["N3 下降 = 降低", "降低3.62%，主要原因：人员减少，费用减少。\n（二）", "下降3.62%，主要原因：人员减少，费用减少。\n（二）", ""],
  ["N4 zero base", "因公出国（境）费0.00万元，占“三公”经费支出的0.00%。决算数等于预算数。", "因公出国（境）费0.00万元，占“三公”经费支出的0.00%。完成预算的0.00%，决算数等于预算数。", "error narrative.zero-base 0.00 公开07表 1、因公出国（境）费·预算数"],
  ["half-width punctuation and spaces", "（1）公共安全支出（类）司法（款）行政运行（项）1059.71万元", "(1) 公共安全支出(类)司法(款)行政运行(项) 1,059.71 万元", ""],
];

test.each(EDITS)("%s", (_, from, to, expected) => {
  expect(ours).toContain(from);
  const edited = ours.replace(from, to);
  expect(summary(edited)).toEqual(expected ? [expected] : []);
});

test("a sentence no pattern fits is listed as 未能核对, not ignored", () => {
  const result = checkNarrative(fixed, `${ours}\n另外，本部门还有一些需要说明的事项。`);
  expect(result.unverified).toEqual(["另外，本部门还有一些需要说明的事项。"]);
  expect(result.findings.map((f) => f.code)).toEqual(["narrative.unverified"]);
});
