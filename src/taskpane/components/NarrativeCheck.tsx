/**
 * 表文一致性检查: a 情况说明 pasted from a draft or a published document is checked, sentence by sentence,
 * against the workbook's tables and 说明数据. Errors and warnings are listed (a click selects their cells);
 * the sentences no pattern fits are listed apart as 未能核对, for the user to check by hand.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { renderFinding } from "../../core/messages/zh-CN";
import type { CellRef, Finding } from "../../core/model/finding";
import type { PastedCheck } from "../../excel/narrative";
import type { PaneHost } from "../host";
import { errorText } from "./errorText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { width: "100%", justifyContent: "flex-start", textAlign: "left", height: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, whiteSpace: "normal", fontWeight: tokens.fontWeightRegular },
  plain: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The cells to select: for a figure that agrees with its source but not with another table, that other
 * table's cell comes first (Excel selects on the first cell's sheet).
 */
function cellsOf(f: Finding): CellRef[] {
  return f.code === "narrative.amount-also" ? [...f.cells].reverse() : [...f.cells];
}

function summaryText(r: PastedCheck): string {
  const errors = r.findings.filter((f) => f.severity === "error").length;
  const warnings = r.findings.filter((f) => f.severity === "warning").length;
  return `共 ${r.sentences} 句，已核对 ${r.matched} 句，发现 ${errors} 处错误、${warnings} 处提示，${r.unverified.length} 句未能核对`;
}

function Item(props: { finding: Finding; onSelect: (cells: CellRef[]) => void }): React.JSX.Element {
  const styles = useStyles();
  const f = props.finding;
  const cells = cellsOf(f);
  const content = (
    <span>
      <Badge size="small" color={f.severity === "error" ? "danger" : "warning"}>
        {f.severity === "error" ? "错误" : "提示"}
      </Badge>{" "}
      {renderFinding(f)}
    </span>
  );
  if (cells.length === 0) {
    return (
      <div role="listitem" className={styles.plain}>
        {content}
      </div>
    );
  }
  const where = cells.map((c) => `${c.sheet}!${c.address}`).join("、");
  return (
    <div role="listitem">
      <Button appearance="subtle" className={styles.item} title={`在工作表中选中 ${where}`} onClick={() => props.onSelect(cells)}>
        {content}
      </Button>
    </div>
  );
}

export interface NarrativeCheckProps {
  readonly host: PaneHost;
  /** Another action of the pane is running. */
  readonly disabled: boolean;
  /** Tells the pane while the check reads the workbook (the other actions wait). */
  readonly onBusy: (busy: boolean) => void;
}

export function NarrativeCheck(props: NarrativeCheckProps): React.JSX.Element {
  const styles = useStyles();
  const { host, onBusy } = props;
  const [text, setText] = React.useState("");
  const [working, setWorking] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [result, setResult] = React.useState<PastedCheck | null>(null);

  const check = async () => {
    setWorking(true);
    onBusy(true);
    setError(null);
    try {
      setResult(await host.checkNarrative(text));
    } catch (e) {
      setResult(null);
      setError(errorText(e));
    } finally {
      setWorking(false);
      onBusy(false);
    }
  };
  const select = (cells: CellRef[]) => {
    setError(null);
    host.select(cells).catch((e: unknown) => setError(errorText(e)));
  };

  const shown = result?.findings.filter((f) => f.severity !== "info") ?? [];
  const read = result?.readFindings ?? [];
  return (
    <section className={styles.root} aria-label="表文一致性检查">
      <Text weight="semibold">表文一致性检查</Text>
      <Field label="粘贴已有的情况说明（第二部分）文字" hint="逐句核对其中的金额、比率和增减方向是否与工作簿中的公开表和说明数据一致。">
        <Textarea resize="vertical" rows={8} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" disabled={props.disabled || working || text.trim() === ""} onClick={check}>
          核对表文一致性
        </Button>
      </div>
      {working ? <Spinner size="small" label="正在核对情况说明……" /> : null}
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {read.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>读取工作簿时发现 {read.length} 个问题，核对结果可能不完整</MessageBarTitle>
            <ul className={styles.bullets}>
              {read.map((f, i) => (
                <li key={i}>{renderFinding(f)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <>
          <Text role="status">{summaryText(result)}</Text>
          {shown.length > 0 ? (
            <div className={styles.list} role="list" aria-label="表文不一致之处">
              {shown.map((f, i) => (
                <Item key={i} finding={f} onSelect={select} />
              ))}
            </div>
          ) : null}
          {result.unverified.length > 0 ? (
            <Accordion collapsible>
              <AccordionItem value="unverified">
                <AccordionHeader size="small">未能核对的句子（{result.unverified.length} 句）</AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.bullets} aria-label="未能核对的句子">
                    {result.unverified.map((s, i) => (
                      <li key={i}>{s}</li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
