/**
 * Task pane entry: waits for Office.js, then renders the app inside Fluent UI's provider.
 * In the shared runtime this page also hosts the custom functions (functions.js is loaded by the same HTML).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { excelHost } from "./host";

function mount(preview: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <App host={excelHost()} preview={preview} />
    </FluentProvider>,
  );
}

// The preview page's stand-in for office.js sets __jsgkPreview so the pane says it is not in Excel.
Office.onReady(() => mount((globalThis as { __jsgkPreview?: boolean }).__jsgkPreview === true));
