import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** Id of the content, which describes the dialog to screen readers. */
  readonly id: string;
  readonly children: ReactNode;
  readonly confirm: { readonly label: string; readonly onClick: () => void; readonly busy?: boolean };
  readonly cancel: { readonly label: string; readonly onClick: () => void };
  /** What Escape does; the cancel answer unless given. */
  readonly onDismiss?: () => void;
}

/** A question before something is done: one primary answer, and one that leaves things as they are (also Escape). */
export function ConfirmDialog({ open, title, id, children, confirm, cancel, onDismiss }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : (onDismiss ?? cancel.onClick)())}>
      <DialogSurface aria-describedby={id}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id={id}>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={confirm.busy ?? false} onClick={confirm.onClick}>
              {confirm.label}
            </Button>
            <Button onClick={cancel.onClick}>{cancel.label}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
