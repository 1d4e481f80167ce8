/** The engine's parts the pane's first view needs ({@link ./paneEngine}). */
export type PaneEngine = typeof import("./paneEngine");

let loading: Promise<PaneEngine> | undefined;

/** Loads the pane's engine once; every later call gets the same module. A failed load is tried again on the next call. */
export function loadEngine(): Promise<PaneEngine> {
  loading ??= import(/* webpackChunkName: "engine" */ "./paneEngine").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
