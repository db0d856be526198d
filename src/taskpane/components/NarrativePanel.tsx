/**
 * 情况说明: preview the text from the workbook, insert or refresh the 情况说明 sheet, copy the full text,
 * and check a pasted text against the workbook (表文一致性检查).
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { renderFinding } from "../../core/messages/zh-CN";
import type { CellRef, Finding } from "../../core/model/finding";
import { narrativePlainText } from "../../core/narrative/plainText";
import type { AskConflict, InsertOutcome, NarrativePreview } from "../../excel/narrative";
import type { PaneHost } from "../host";
import { errorText } from "./errorText";
import { NarrativeCheck } from "./NarrativeCheck";
import { NarrativeText } from "./NarrativeText";
import { StatusBars } from "./StatusBars";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const MISSING_CODES: readonly string[] = ["narrative.missing-reason", "narrative.missing-text", "narrative.missing-input"];
const isMissing = (f: Finding) => MISSING_CODES.includes(f.code);

function insertedText(out: Extract<InsertOutcome, { status: "written" }>): string {
  const done = `${out.refreshed ? "已更新" : "已插入"}“${out.sheet}”工作表。`;
  return out.inputSheet ? `${done}已新建“${out.inputSheet}”工作表，请在其中填写原因和说明，情况说明随之更新。` : done;
}

function FindingList(props: { title: string; findings: readonly Finding[]; intent: "warning" | "error" }): React.JSX.Element | null {
  const styles = useStyles();
  if (props.findings.length === 0) return null;
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        <ul className={styles.list}>
          {props.findings.map((f, i) => (
            <li key={i}>{renderFinding(f)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export interface NarrativePanelProps {
  readonly host: PaneHost;
  /** Another action of the pane is running. */
  readonly disabled: boolean;
  /** Tells the pane while this panel works on the workbook (the other actions wait). */
  readonly onBusy: (busy: boolean) => void;
  /** The pane's 覆盖 / 另建副本 / 取消 dialog. */
  readonly ask: AskConflict;
}

export function NarrativePanel(props: NarrativePanelProps): React.JSX.Element {
  const styles = useStyles();
  const { host, onBusy } = props;
  const [working, setWorking] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<NarrativePreview | null>(null);
  const [checking, setChecking] = React.useState(false);
  // While the check reads the workbook, this panel's actions wait too.
  const checkBusy = (busy: boolean) => {
    setChecking(busy);
    onBusy(busy);
  };

  const act = async (label: string, work: () => Promise<string | null>) => {
    setWorking(label);
    onBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await work());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setWorking(null);
      onBusy(false);
    }
  };
  const load = async (): Promise<NarrativePreview> => {
    const p = await host.narrative();
    setPreview(p);
    return p;
  };
  const previewNow = () =>
    act("正在生成预览……", async () => {
      await load();
      return null;
    });
  const insert = () =>
    act("正在写入“情况说明”工作表……", async () => {
      const out = await host.insertNarrative(props.ask);
      setPreview(out.preview);
      if (out.status === "written") return insertedText(out);
      if (out.status === "cancelled") return "已取消，工作簿未改动。";
      throw new Error("工作簿中没有找到公开01–09表，无法生成情况说明。请先生成表样或粘贴公开表。");
    });
  const copy = () =>
    act("正在复制……", async () => {
      const p = preview ?? (await load());
      if (p.blocks.length === 0) throw new Error("没有可复制的情况说明：工作簿中没有找到公开01–09表。");
      await host.copyText(narrativePlainText(p.blocks));
      return `已复制情况说明全文（${p.blocks.length} 段）到剪贴板。`;
    });
  const select = (cells: CellRef[]) => {
    setError(null);
    host.select(cells).catch((e: unknown) => setError(errorText(e)));
  };

  const locked = props.disabled || working !== null || checking;
  const missing = preview?.findings.filter(isMissing) ?? [];
  const others = preview?.findings.filter((f) => !isMissing(f)) ?? [];
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={locked} onClick={previewNow}>
          生成预览
        </Button>
        <Button disabled={locked} onClick={insert}>
          插入到工作表
        </Button>
        <Button disabled={locked} onClick={copy}>
          复制全文
        </Button>
      </div>
      {working ? <Spinner size="small" label={working} /> : null}
      <StatusBars error={error} status={status} />
      <FindingList title={`${missing.length} 处说明数据未填写（数字、原因或说明）`} findings={missing} intent="warning" />
      <FindingList title={`读取工作簿时发现 ${others.length} 个问题`} findings={others} intent={others.some((f) => f.severity === "error") ? "error" : "warning"} />
      {preview && preview.blocks.length > 0 ? <NarrativeText blocks={preview.blocks} locations={preview.locations} onSelect={select} /> : null}
      <NarrativeCheck host={host} disabled={props.disabled || working !== null} onBusy={checkBusy} />
    </div>
  );
}
