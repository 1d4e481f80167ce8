import { makeStyles, tokens } from "@fluentui/react-components";
import type { DataSetAssessment } from "../../src/engine/assessment";
import { formatFigure } from "../../src/engine/narrative";
import { paneLabels } from "../../src/engine/messages/paneLabels";

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", maxWidth: "280px", height: "auto", overflow: "visible" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, "@media (forced-colors: active)": { stroke: "CanvasText" } },
  interval: { stroke: tokens.colorBrandForeground1, strokeWidth: 3, "@media (forced-colors: active)": { stroke: "Highlight" } },
  point: { fill: tokens.colorBrandForeground1, "@media (forced-colors: active)": { fill: "Highlight" } },
  average: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2, strokeDasharray: "4 3", "@media (forced-colors: active)": { stroke: "CanvasText" } },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px", "@media (forced-colors: active)": { fill: "CanvasText" } },
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2, "@media (forced-colors: active)": { stroke: "Highlight" } },
});

const WIDTH = 240;

function scale(values: readonly number[]): (v: number) => number {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi === lo ? Math.abs(hi) * 0.1 || 1 : (hi - lo) * 0.1;
  return (v) => 10 + ((v - (lo - pad)) / (hi - lo + 2 * pad)) * (WIDTH - 20);
}

/** The force's figure with its interval against the similar forces' average, and its three-year series: small inline SVG. */
export function DataSetChart({ item }: { readonly item: DataSetAssessment }) {
  const styles = useStyles();
  const fmt = (v: number) => formatFigure(v, item.dataSet);
  const figure = item.figure;
  const series = item.direction?.series ?? [];
  const compare = figure && item.msgAverage !== null ? { figure, average: item.msgAverage } : null;
  return (
    <>
      {compare && (() => {
        const x = scale([compare.figure.lower, compare.figure.upper, compare.figure.estimate, compare.average]);
        return (
          <svg className={styles.svg} viewBox={`0 0 ${WIDTH} 44`} role="img" aria-label={paneLabels.domainStep.chartCompare(item.force, fmt(compare.figure.estimate), fmt(compare.figure.lower), fmt(compare.figure.upper), fmt(compare.average))}>
            <line className={styles.axis} x1={10} x2={WIDTH - 10} y1={22} y2={22} />
            <line className={styles.interval} x1={x(compare.figure.lower)} x2={x(compare.figure.upper)} y1={22} y2={22} />
            <circle className={styles.point} cx={x(compare.figure.estimate)} cy={22} r={5} />
            <line className={styles.average} x1={x(compare.average)} x2={x(compare.average)} y1={8} y2={36} />
            <text className={styles.label} x={x(compare.figure.estimate)} y={42} textAnchor="middle">{paneLabels.domainStep.chartForce}</text>
            <text className={styles.label} x={x(compare.average)} y={6} textAnchor="middle">{paneLabels.domainStep.chartAverage}</text>
          </svg>
        );
      })()}
      {series.length >= 2 && (() => {
        const x = (i: number) => 20 + (i * (WIDTH - 40)) / (series.length - 1);
        const yScale = scale(series.map((s) => s.value));
        const y = (v: number) => 44 - (yScale(v) / WIDTH) * 36;
        const points = series.map((s, i) => `${x(i)},${y(s.value)}`).join(" ");
        return (
          <svg className={styles.svg} viewBox={`0 0 ${WIDTH} 56`} role="img" aria-label={paneLabels.domainStep.chartSeries(series.map((s) => `${s.year ?? ""} ${fmt(s.value)}`))}>
            <polyline className={styles.line} points={points} />
            {series.map((s, i) => (
              <g key={s.year ?? i}>
                <circle className={styles.point} cx={x(i)} cy={y(s.value)} r={3} />
                <text className={styles.label} x={x(i)} y={54} textAnchor="middle">{s.year ?? ""}</text>
              </g>
            ))}
          </svg>
        );
      })()}
    </>
  );
}
