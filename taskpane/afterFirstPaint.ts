import { faceText } from "../src/engine/messages/faceText";

/**
 * Loads the pane with `load` once the browser has painted the page's shell (its heading and "Opening
 * the task pane…"), so that shows before the pane's scripts are parsed. When the pane cannot be
 * loaded, the shell says so in place of "Opening the task pane…".
 */
export function afterFirstPaint(load: () => Promise<unknown>): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      load().catch(() => {
        const status = document.querySelector("#root [role=status]");
        if (status) status.textContent = faceText.pane.paneNotLoaded;
      });
    }, 0),
  );
}
