import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // The message wraps at any width: nothing is cut to one line.
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

export interface NoticeProps {
  readonly intent: "info" | "success" | "warning" | "error";
  readonly title: string;
  readonly children?: ReactNode;
  /** The one way forward from here. */
  readonly action?: { readonly label: string; readonly onClick: () => void; readonly primary?: boolean };
}

/** A message with a title, text that wraps and at most one action: every blocked state says what to do next. */
export function Notice({ intent, title, children, action }: NoticeProps) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {action && (
        <MessageBarActions>
          <Button appearance={action.primary ? "primary" : "secondary"} onClick={action.onClick}>
            {action.label}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
