/** The error and success bars a pane section shows after an action (one place for their look and roles). */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function StatusBars(props: { error: string | null; status: string | null }) {
  return (
    <>
      {props.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.status ? (
        <MessageBar intent="success">
          <MessageBarBody>{props.status}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
