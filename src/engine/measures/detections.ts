import { ratio, readCount, readCountDivisor, type InputValue } from "../input";
import { andThen, all, success, warning, type Result } from "../result";

/** What the inputs of a detection rate are called in messages. */
export interface DetectionLabels {
  readonly detections?: string;
  readonly offences?: string;
}

/**
 * The sanction detection rate: detections / offences, as a proportion (0.25 for 25%). Both are
 * whole-number counts for the same period; detections are not tracked offence by offence, so the rate
 * can exceed 1. That is returned as it is, with the warning `detections-exceed-offences`.
 *
 * 0 detections give 0. 0 offences give `zero-denominator`. A blank gives `blank-value`: a blank is not
 * a zero. Labels default to "Sanction detections" and "Offences".
 */
export function detectionRate(detections: InputValue, offences: InputValue, labels: DetectionLabels = {}): Result<number> {
  const detectionsLabel = labels.detections ?? "Sanction detections";
  const checked = all([
    readCount(detections, { label: detectionsLabel }),
    readCountDivisor(offences, { label: labels.offences ?? "Offences" }, "detection rate"),
  ] as const);
  return andThen(checked, ([d, n]) =>
    andThen(ratio(d, n, 1, "detection rate"), (rate) =>
      success(rate, d > n ? [warning("detections-exceed-offences", { argument: detectionsLabel }, { detections: d, offences: n })] : []),
    ),
  );
}
