/**
 * Runs `start` once the browser has painted the page's shell (its heading and "Opening the task
 * pane…"), so that shows before the pane's scripts are parsed.
 */
export function afterFirstPaint(start: () => void): void {
  requestAnimationFrame(() => setTimeout(start, 0));
}
