/**
 * 支出功能分类科目 (2024): 类 (3 digits) → 款 (5) → 项 (7). The default list covers all 类 and the 款/项
 * seen in published reports (domain.md §3); the full official book was not available, so codes missing
 * here are reported as "not in the catalog", never as wrong.
 */

export interface FunctionalSubject {
  readonly code: string;
  readonly name: string;
}

/** The 26 类 that have a row in 公开01/04 (order = the tables' order), then the 类 without such a row. */
export const FUNCTIONAL_CLASSES: readonly FunctionalSubject[] = [
  { code: "201", name: "一般公共服务支出" },
  { code: "202", name: "外交支出" },
  { code: "203", name: "国防支出" },
  { code: "204", name: "公共安全支出" },
  { code: "205", name: "教育支出" },
  { code: "206", name: "科学技术支出" },
  { code: "207", name: "文化旅游体育与传媒支出" },
  { code: "208", name: "社会保障和就业支出" },
  { code: "210", name: "卫生健康支出" },
  { code: "211", name: "节能环保支出" },
  { code: "212", name: "城乡社区支出" },
  { code: "213", name: "农林水支出" },
  { code: "214", name: "交通运输支出" },
  { code: "215", name: "资源勘探工业信息等支出" },
  { code: "216", name: "商业服务业等支出" },
  { code: "217", name: "金融支出" },
  { code: "219", name: "援助其他地区支出" },
  { code: "220", name: "自然资源海洋气象等支出" },
  { code: "221", name: "住房保障支出" },
  { code: "222", name: "粮油物资储备支出" },
  { code: "223", name: "国有资本经营预算支出" },
  { code: "224", name: "灾害防治及应急管理支出" },
  { code: "229", name: "其他支出" },
  { code: "231", name: "债务还本支出" },
  { code: "232", name: "债务付息支出" },
  { code: "234", name: "抗疫特别国债安排的支出" },
  // 类 with no row in 公开01/04.
  { code: "209", name: "社会保险基金支出" },
  { code: "227", name: "预备费" },
  { code: "230", name: "转移性支出" },
  { code: "233", name: "债务发行费用支出" },
];

/** 款 and 项 as "code name" lines: compact to read and to extend. */
const SUBJECT_LINES = `
20105 统计信息事务
2010505 专项统计业务
2010506 统计管理
2010507 专项普查活动
20106 财政事务
2010601 行政运行
2010602 一般行政管理事务
2010607 信息化建设
2010608 财政委托业务支出
20129 群众团体事务
2012902 一般行政管理事务
20132 组织事务
2013202 一般行政管理事务
20133 宣传事务
2013302 一般行政管理事务
20134 统战事务
2013402 一般行政管理事务
20138 市场监督管理事务
2013802 一般行政管理事务
2013899 其他市场监督管理事务
20139 社会工作事务
2013901 行政运行
2013950 事业运行
2013999 其他社会工作事务支出
20406 司法
2040601 行政运行
2040602 一般行政管理事务
2040603 机关服务
2040604 基层司法业务
2040605 普法宣传
2040606 律师管理
2040607 公共法律服务
2040608 国家统一法律职业资格考试
2040610 社区矫正
2040612 法治建设
2040650 事业运行
2040699 其他司法支出
20408 强制隔离戒毒
2040801 行政运行
2040802 一般行政管理事务
2040803 机关服务
2040804 强制隔离戒毒人员生活
2040899 其他强制隔离戒毒支出
20499 其他公共安全支出
2049999 其他公共安全支出
20599 其他教育支出
2059999 其他教育支出
20607 科学技术普及
2060702 科普活动
20701 文化和旅游
2070109 群众文化
20703 体育
2070308 群众体育
20799 其他文化旅游体育与传媒支出
2079999 其他文化旅游体育与传媒支出
20805 行政事业单位养老支出
2080501 行政单位离退休
2080502 事业单位离退休
2080505 机关事业单位基本养老保险缴费支出
2080506 机关事业单位职业年金缴费支出
2080599 其他行政事业单位养老支出
20807 就业补助
2080705 公益性岗位补贴
2080799 其他就业补助支出
20808 抚恤
2080801 死亡抚恤
20816 红十字事业
2081602 一般行政管理事务
20825 其他生活救助
2082501 其他城市生活救助
20899 其他社会保障和就业支出
2089999 其他社会保障和就业支出
21007 计划生育事务
2100717 计划生育服务
21011 行政事业单位医疗
2101101 行政单位医疗
2101102 事业单位医疗
2101103 公务员医疗补助
21111 污染减排
2111103 减排专项支出
21201 城乡社区管理事务
2120101 行政运行
2120102 一般行政管理事务
2120104 城管执法
2120199 其他城乡社区管理事务支出
21202 城乡社区规划与管理
2120201 城乡社区规划与管理
21203 城乡社区公共设施
2120399 其他城乡社区公共设施支出
21205 城乡社区环境卫生
2120501 城乡社区环境卫生
21299 其他城乡社区支出
2129999 其他城乡社区支出
22001 自然资源事务
2200150 事业运行
2200199 其他自然资源事务支出
22102 住房改革支出
2210201 住房公积金
2210202 提租补贴
2210203 购房补贴
22103 城乡社区住宅
2210399 其他城乡社区住宅支出
22198 超长期特别国债安排的支出
22402 消防救援事务
2240299 其他消防救援事务支出
22960 彩票公益金安排的支出
`;

function parseLines(text: string): FunctionalSubject[] {
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const [code = "", ...rest] = line.trim().split(/\s+/);
      return { code, name: rest.join(" ") };
    });
}

const BY_CODE: ReadonlyMap<string, FunctionalSubject> = new Map(
  [...FUNCTIONAL_CLASSES, ...parseLines(SUBJECT_LINES)].map((s) => [s.code, s]),
);

/** The catalog entry for a 3/5/7-digit code, or undefined when the code is not in the default list. */
export function functionalSubject(code: string): FunctionalSubject | undefined {
  return BY_CODE.get(code);
}

/** All catalog entries in code order (类 → 款 → 项, depth first). */
export function functionalSubjects(): FunctionalSubject[] {
  return [...BY_CODE.values()].sort((a, b) => compareCodes(a.code, b.code));
}

/** 类/款/项 level of a code by its length, or undefined for a malformed code. */
export function codeLevel(code: string): 1 | 2 | 3 | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}

/** Parent code (项 → 款 → 类), or undefined for a 类. */
export function parentCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, code.length - 2) : undefined;
}

/** Depth-first code order: a parent sorts right before its children, which is plain string order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
