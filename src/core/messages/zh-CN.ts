/**
 * zh-CN messages keyed by finding / error code. Placeholders {name} are filled from the finding's params
 * and from {cell} (the first cell as 表!地址).
 */
import type { Finding } from "../model/finding";

export const MESSAGES: Readonly<Record<string, string>> = {
  // reading workbooks
  "read.not-a-number": "{cell} 应填写金额，但内容是“{text}”，无法识别为数字。",
  "read.number-as-text": "{cell} 的金额“{text}”是以文本形式存储的数字，已按 {value} 读取；建议改为数值格式。",
  "read.error-value": "{cell} 是错误值 {text}，请检查该单元格的公式或引用。",
  "read.boolean": "{cell} 应填写金额，但内容是逻辑值 {text}。",
  "read.negative": "{cell} 的金额为负数 {value}，公开表中的金额不应为负，请核实。",
  "read.table-missing": "未找到{table}（{title}）：工作簿中没有这张表，相关审核将跳过。",
  "read.duplicate-code": "{cell} 的科目编码 {code} 在本表中重复出现，只按第一次出现读取。",
  "read.amount-without-code": "{cell} 所在行填写了金额，但没有科目编码，该行未被读取。",
  "read.unknown-row": "{cell} 的项目“{text}”与表样中的任何一行都对不上，该行未被读取。",
  "read.formula-no-value": "{cell} 是公式，但工作簿没有保存它的计算结果，而这个单元格不是表样中的公式，无法得知其数值；请在 Excel/WPS 中打开、重新计算并保存后再检查。",
  "read.recalculated": "工作簿中的公式没有保存计算结果（{count} 个单元格），已按表样重新计算。",
  "read.no-tables": "工作簿中没有找到任何公开表（公开01–09表）。",
  "read.unknown-template": "工作簿记录的模板“{template}”不受支持，已按默认模板读取。",
  "read.not-a-count": "{cell} 应填写个数（非负整数），但内容是“{text}”。",
  "read.bad-meta": "隐藏的元数据表中“{key}”的值“{text}”无效，已使用默认值。",
  // workbook files that cannot be read (src/xlsx, src/cli); {limit} and sizes as the user reads them
  "file.not-found": "文件不存在。",
  "file.no-permission": "没有读取权限。",
  "file.directory": "这是一个文件夹，不是工作簿；要检查文件夹里的全部工作簿，请写成 \"文件夹/*.xlsx\"。",
  "file.empty": "文件是空的（0 字节），可能没有保存完整，请重新保存或重新获取该文件。",
  "file.xls": "这是 Excel 97–2003（.xls）或 WPS（.et）格式的文件，或是设置了打开密码的工作簿；请在 Excel/WPS 中另存为 .xlsx（并取消打开密码）后再试。",
  "file.ods": "这是 OpenDocument 表格（.ods）文件；请在 Excel/WPS/LibreOffice 中另存为 .xlsx 后再试。",
  "file.csv": "这是 CSV 或制表符分隔的文本文件，不是工作簿；请在 Excel/WPS 中打开后另存为 .xlsx 再试。",
  "file.html": "这是网页（HTML）文件，不是工作簿；请在 Excel/WPS 中打开后另存为 .xlsx 再试。",
  "file.docx": "这是 Word 文档，不是 Excel 工作簿。",
  "file.not-xlsx": "不是有效的 .xlsx 工作簿（可能已损坏，或是其他格式）；请在 Excel/WPS 中另存为 .xlsx 后再试。",
  "file.damaged": "文件已损坏（压缩包结构无法读取），请重新保存或重新获取该文件。",
  "file.damaged-part": "文件已损坏：其中的 {part} 无法读取，请在 Excel/WPS 中打开后重新保存。",
  "file.too-large": "文件解压后共 {size} MB，超过读取上限 {limit} MB（最大的部分是 {part}，{partSize} MB），未读取。公开表工作簿通常只有几 MB；请删除多余的内容后再试。",
  "file.too-many-cells": "工作表“{sheet}”的已填单元格超过读取上限 {limit} 个，未读取。请删除表格以外的多余内容（例如整列填充的数据）后再试。",
  // balance rules (rules/run.ts); {rule} is the rule's text, {relation} the instance
  "rule.sum-error": "{rule}：{relation}。左边 {actual} 万元，右边 {expected} 万元，相差 {diff} 万元，超出尾差容差 {tolerance} 万元。",
  "rule.sum-rounding": "{rule}：{relation}。左边 {actual} 万元，右边 {expected} 万元，相差 {diff} 万元，在 {n} 个数的尾差容差 {tolerance} 万元以内（尾差）。",
  "rule.same-error": "{rule}：{relation}。两处数字分别为 {actual} 万元和 {expected} 万元，相差 {diff} 万元，应当一致。",
  "rule.same-rounding": "{rule}：{relation}。两处数字分别为 {actual} 万元和 {expected} 万元，相差 {diff} 万元（尾差）。",
  "rule.le-error": "{rule}：{relation}。左边 {actual} 万元超过右边 {expected} 万元 {diff} 万元。",
  "rule.le-rounding": "{rule}：{relation}。左边 {actual} 万元比右边 {expected} 万元多 {diff} 万元（尾差）。",
  "rule.le-check": "{rule}：{relation}。左边 {actual} 万元超过右边 {expected} 万元 {diff} 万元，请核实。",
  "rule.check": "{rule}：{relation}。两边分别为 {actual} 万元和 {expected} 万元，相差 {diff} 万元，请核实。",
  // 情况说明 (narrative/)
  "narrative.missing-input": "{cell}（{field}）未填写，情况说明中用到它的地方显示为“{placeholder}”，不按 0 计算；请在说明数据中补充（确实为零时请填 0）。",
  "narrative.missing-reason": "{cell}（{field}）未填写，情况说明中显示为“【请填写原因】”，请在说明数据中补充。",
  "narrative.amount": "情况说明“{sentence}”中的 {quoted} 万元与{source}的 {value} 万元不一致，相差 {diff} 万元。",
  "narrative.amount-also": "情况说明“{sentence}”中的 {quoted} 万元与{source}一致，但{other}为 {value} 万元，相差 {diff} 万元；同一数字在各表中应当一致。",
  "narrative.percent": "情况说明“{sentence}”中的 {quoted}% 与按{source}等数据计算的 {value}% 不一致。",
  "narrative.direction": "情况说明“{sentence}”中写“{quoted}”，按{source}等数据应为“{value}”。",
  "narrative.zero-base": "情况说明“{sentence}”写了比率 {quoted}%，但{base}为零，基数为零时不应计算比率，应删去该比率。",
  "narrative.zero-item": "情况说明“{sentence}”列出了“{quoted}”，但{source}为零；只应列出有支出的科目。",
  "narrative.unverified": "未能核对：“{sentence}”——没有找到与之对应的句式，请人工核对。",
  "narrative.input-le": "{rule}：{text}。前者 {actual} 万元，后者 {expected} 万元，多出 {diff} 万元，请核实说明数据。",
  "narrative.missing-text": "{cell}（{field}）未填写，情况说明中显示为“【请填写】”，请在说明数据中补充。",
  // codes of the function classification (C0x-3)
  "code.malformed": "{table}的科目编码“{code}”格式不对，应为 3 位（类）、5 位（款）或 7 位（项）数字。",
  "code.unknown": "{table}的科目编码 {code}（{name}）不在本年度支出功能分类科目表中，请核对编码。",
  "code.name": "{table}科目 {code} 的名称“{name}”与科目表不一致，应为“{expected}”。",
  "code.parent-missing": "{table}的科目 {code} 缺少上级科目 {parent} 所在行。",
  "code.order": "{table}的科目 {code} 排在 {previous} 之后，未按编码顺序排列。",
  // report JSON
  "json.syntax": "JSON 格式错误：{detail}",
  "json.type": "{path} 应为{expected}。",
  "json.required": "缺少必填字段 {path}。",
  "json.unknown-field": "{path} 不是可识别的字段（请检查拼写）。",
  "json.unknown-template": "{path} 的模板“{value}”不存在；可用模板：{options}。",
  "json.unknown-table": "{path}：表“{value}”不在模板中；可用表：{options}。",
  "json.bad-amount": "{path} 的金额 {value} 无效：金额须为数字，以万元为单位，最多两位小数。",
  "json.bad-code": "{path} 的科目编码“{value}”无效：须为 3、5 或 7 位数字。",
  "json.bad-year": "{path} 的年度 {value} 无效：须为 2000–2100 之间的整数。",
  "json.duplicate-code": "{path}：科目编码 {value} 与 {first} 重复；同一科目只能有一行，否则前一行的金额会被覆盖。请合并为一行。",
  "json.duplicate-key": "{path} 出现了两次（第 {firstLine} 行和第 {line} 行），前一个值会被忽略；请只保留一个。",
  "json.bad-key": "{path}：单元格“{value}”不在该表的表样中。",
  "json.derived-cell": "{path}：“{value}”是由公式计算的单元格，不能作为录入数填写；如需按公开数录入，请放到 overrides 中。",
  "json.not-derived": "{path}：“{value}”是录入单元格，不是公式单元格，请放到 amounts（或 rows）中。",
  // custom functions JS.* (core/result.ts, scoring/, figures.ts, catalog/lookup.ts): shown with the cell's error value
  "fn.blank": "{param}为空，请填写数字",
  "fn.text": "{param}“{text}”不是数字",
  "fn.boolean": "{param}是逻辑值，请填写数字",
  "fn.not-number": "{param}不是有效的数字",
  "fn.negative": "{param}不能为负数",
  "fn.overflow": "计算结果超出数值范围",
  "fn.bad-digits": "{param}须为 0–6 的整数",
  "fn.bad-flag": "{param}应为 TRUE 或 FALSE",
  "fn.zero-budget": "预算数为零",
  "fn.zero-total": "总数为零，不计算占比",
  "fn.zero-base": "上年数为零，不计算增减率",
  "fn.negative-base": "上年数为负数，不计算增减率",
  "fn.bad-operator": "运算符应为 >=、<= 或 =，定性指标留空",
  "fn.bad-band": "定性档应为“全部或基本达成”“部分达成”“未达成”（可带档内百分比），或 0–1 之间的得分系数",
  "fn.no-band": "定性指标请在完成值或定性档中写明“全部或基本达成”“部分达成”或“未达成”",
  "fn.bad-basis": "口径应为“辽宁”或“精确”，可加“偏离度”",
  "fn.score-range": "总分应在 0 到 100 之间",
  "fn.bad-scheme": "等级体系应为 1（优良中差）或 2（优良合格不合格）",
  "fn.bad-wording": "用词应为 1（增加/减少/持平）、2（增长/降低/持平）或 3（大于/小于/等于）",
  "fn.bad-code": "科目编码“{code}”格式不对，应为 {digits} 位数字",
  "fn.unknown-code": "未找到科目编码",
  "fn.bad-prefix": "前缀应为 3 位或 5 位科目编码",
  "fn.range-size": "编码范围和金额范围的行列数须一致",
  "fn.shape": "各参数区域的行列数不一致",
  "fn.bad-tolerance": "每数容差应为 0 到 1 之间的数（万元）",
};

export function renderMessage(code: string, params: Readonly<Record<string, string | number>>): string {
  const template = MESSAGES[code];
  if (template === undefined) throw new Error(`no zh-CN message for ${code}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function renderFinding(f: Finding): string {
  const first = f.cells[0];
  return renderMessage(f.code, { ...(first ? { cell: `${first.sheet}!${first.address}` } : {}), ...f.params });
}
