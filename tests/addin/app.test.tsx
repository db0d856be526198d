/**
 * Task pane shell rendered to static HTML (node environment, no DOM): Chinese header, intro and the three
 * placeholder actions, all disabled until the Excel adapter exists.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";

describe("task pane App", () => {
  let html: string;

  beforeAll(() => {
    html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    );
  });

  test("shows the add-in name as the page heading and a Chinese intro", () => {
    expect(html).toMatch(/<h1[^>]*>决算公开助手<\/h1>/);
    expect(html).toContain("公开01–09表");
  });

  test("the three actions are present and disabled, with a note that they arrive in the next version", () => {
    const buttons = [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].map((m) => ({
      label: m[2],
      disabled: /\sdisabled=""/.test(m[1]!),
    }));
    expect(buttons).toEqual([
      { label: "生成表样", disabled: true },
      { label: "校验", disabled: true },
      { label: "清除标注", disabled: true },
    ]);
    expect(html).toContain("下一版本");
  });
});
