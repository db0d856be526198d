/**
 * Task pane entry: waits for Office.js, then renders the React app inside Fluent UI's provider.
 * In the shared runtime this page also hosts the custom functions (functions.js is loaded by the same HTML).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <App />
    </FluentProvider>,
  );
});
