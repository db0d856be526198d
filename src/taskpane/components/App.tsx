/**
 * Task pane shell. The actions are placeholders until the Excel adapter lands in the next version.
 */
import * as React from "react";
import { Button, Caption1, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  actions: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

export function App(): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header>
        <Title2 as="h1">决算公开助手</Title2>
      </header>
      <Text as="p">
        按部门决算公开要求生成公开01–09表表样，审核表内、表间勾稽关系，并在工作表中标注发现的问题。
      </Text>
      <section className={styles.actions} aria-label="操作">
        <Button appearance="primary" disabled>
          生成表样
        </Button>
        <Button disabled>校验</Button>
        <Button disabled>清除标注</Button>
        <Caption1>以上功能将在下一版本提供。</Caption1>
      </section>
    </main>
  );
}
