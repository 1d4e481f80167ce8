/** The engine's parts the pane's first view needs ({@link ./paneEngine}). */
export type PaneEngine = typeof import("./paneEngine");

let loading: Promise<PaneEngine> | undefined;

/** Loads the pane's engine once; every later call gets the same module. */
export function loadEngine(): Promise<PaneEngine> {
  return (loading ??= import(/* webpackChunkName: "engine" */ "./paneEngine"));
}
