import { SingleBar, Presets } from "cli-progress";

/** Steps of a long run, shown as a bar on stderr only when stderr is a terminal. */
export interface Progress {
  step(label: string): void;
  stop(): void;
}

/** A progress bar over `total` steps (silent when stderr is not a terminal, so pipes and logs stay clean). */
export function progress(total: number): Progress {
  if (!process.stderr.isTTY) return { step: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: "{bar} {percentage}% {label}", stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0, { label: "" });
  return {
    step: (label) => bar.increment(1, { label }),
    stop: () => bar.stop(),
  };
}
