/**
 * The task pane rendered to static HTML (node environment): Chinese headings, the form prefilled with the
 * example, the actions, the preview label and the host's Chinese warnings. Interaction is tested in a
 * real browser (tests/e2e).
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { PaneHost } from "../../src/taskpane/host";

const host = (warnings: string[] = []): PaneHost => ({
  warnings,
  generate: async () => 0,
  check: async () => ({ findings: [], checks: 0, passed: 0, marked: 0, unannotated: 0, besideComments: 0, protectedSheets: [], restore: { restored: 0, sheetsGone: 0, notesGone: 0 } }),
  clear: async () => ({ restored: 0, sheetsGone: 0, notesGone: 0 }),
  select: async () => undefined,
  narrative: async () => ({ blocks: [], findings: [], locations: new Map() }),
  insertNarrative: async () => ({ status: "cancelled", preview: { blocks: [], findings: [], locations: new Map() } }),
  copyText: async () => undefined,
  checkNarrative: async () => ({ findings: [], sentences: 0, matched: 0, unverified: [], readFindings: [] }),
});

const render = (h: PaneHost, preview = false) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <App host={h} preview={preview} />
    </FluentProvider>,
  );

test("headings and actions in Chinese, the form prefilled with the example", () => {
  const html = render(host());
  expect(html).toMatch(/<h1[^>]*>决算公开助手<\/h1>/);
  expect(html).toMatch(/<h2[^>]*>生成表样<\/h2>/);
  expect(html).toMatch(/<h2[^>]*>校验<\/h2>/);
  expect(html).toContain('value="辽宁省朝阳市司法局"');
  expect(html).toContain("填入示例数据");
  const buttons = [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
  expect(buttons).toEqual(expect.arrayContaining(["生成表样", "校验", "清除标注"]));
  expect(html).not.toContain("预览模式");
});

test("情况说明 offers 表文一致性检查: a labelled text box, the button disabled while it is empty", () => {
  const html = render(host());
  expect(html).toContain("粘贴已有的情况说明（第二部分）文字");
  expect(html).toMatch(/<button[^>]*disabled[^>]*>核对表文一致性<\/button>/);
});

test("the preview says it is not Excel, and the host's warnings are shown", () => {
  const html = render(host(["当前 Excel 版本不支持批注，审核结果只以底色标出，说明请在任务窗格中查看。"]), true);
  expect(html).toContain("预览模式：操作的是浏览器中的模拟工作簿，不是 Excel。");
  expect(html).toContain("当前 Excel 版本不支持批注");
});
