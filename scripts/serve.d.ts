export interface RunningServer {
  /** The server's address, ending in "/", e.g. http://127.0.0.1:41234/. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves `root` (default dist/) on 127.0.0.1; port 0 (the default) picks a free port. */
export function startServer(options?: { port?: number; root?: string }): Promise<RunningServer>;

/** The file under `root` that a request path names, or null when it would leave `root`. */
export function resolveInside(root: string, requestPath: string): string | null;
