import { Body1, Body1Strong, Caption1, Field, Select, Subtitle2, Text, Textarea } from "@fluentui/react-components";
import type { DomainAssessment } from "../../src/engine/assessment";
import { formatFigure } from "../../src/engine/narrative";
import { useViewStyles } from "../shared/View.styles";
import { DataSetChart } from "./DataSetChart";
import type { Override } from "./useAssessWizard";

export interface DomainStepProps {
  readonly domain: DomainAssessment;
  readonly grades: readonly string[];
  readonly override: Override | undefined;
  readonly onOverride: (o: Override) => void;
  readonly reasonMissing: boolean;
}

export function DomainStep({ domain, grades, override, onOverride, reasonMissing }: DomainStepProps) {
  const styles = useViewStyles();
  const id = domain.domain.id;
  const recommended = domain.recommendedGrade;
  const final = override?.finalGrade || recommended || "";
  const overridden = domain.domain.graded && final !== "" && final !== recommended;
  return (
    <>
      <section aria-labelledby={`${id}-data`} className={styles.root}>
        <Subtitle2 as="h3" id={`${id}-data`} className={styles.heading}>
          Data sets
        </Subtitle2>
        <ul className={styles.list}>
          {domain.dataSets.map((s) => {
            const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "no figure" : formatFigure(v, s.dataSet));
            return (
              <li key={s.dataSet.id} className={styles.panel}>
                <Body1Strong>{s.dataSet.name}</Body1Strong>
                <Caption1 className={styles.muted}>{s.dataSet.measure}</Caption1>
                <Text>
                  Force {fmt(s.figure?.estimate)}; similar forces {fmt(s.msgAverage)}
                  {s.rank ? `; ranked ${s.rank.rank} of ${s.rank.of}` : ""}.
                </Text>
                <Text>
                  {s.position?.label ?? "No comparison with similar forces"}. {s.direction ? `Over three years: ${s.direction.label.toLowerCase()}.` : "No direction of travel (three years needed)."}
                </Text>
                {s.allForcesAverage !== null && <Text>All forces {fmt(s.allForcesAverage)}.</Text>}
                <DataSetChart item={s} />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby={`${id}-evidence`} className={styles.root}>
        <Subtitle2 as="h3" id={`${id}-evidence`} className={styles.heading}>
          Evidence and actions
        </Subtitle2>
        {domain.evidence.length === 0 && domain.actions.length === 0 && <Body1 as="p" className={styles.heading}>No evidence or actions recorded for this domain (Evidence and Actions sheets).</Body1>}
        <ul className={styles.list}>
          {domain.evidence.map((e, i) => (
            <li key={`e${i}`}>
              <Text>
                <Body1Strong>{e.kind}</Body1Strong>
                {e.judgement ? `: ${e.judgement}` : ""}
                {e.detail ? `. ${e.detail}` : ""}
              </Text>
            </li>
          ))}
          {domain.actions.map((a, i) => (
            <li key={`a${i}`}>
              <Text>
                <Body1Strong>Action</Body1Strong>: {a.action}
                {a.owner ? ` (${a.owner}` : ""}
                {a.owner && a.due ? `, due ${a.due})` : a.owner ? ")" : a.due ? ` (due ${a.due})` : ""}
              </Text>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-grade`} className={styles.root}>
        <Subtitle2 as="h3" id={`${id}-grade`} className={styles.heading}>
          {domain.domain.graded ? "Grade" : "Profile, not graded"}
        </Subtitle2>
        {!domain.domain.graded && <Body1 as="p" className={styles.heading}>Value for money is a profile: each cost against similar forces and all forces. It has no grade.</Body1>}
        {domain.domain.graded && (
          <>
            <Body1 as="p" className={styles.heading}>
              Recommended grade: <Body1Strong>{recommended ?? "not enough data to recommend one"}</Body1Strong>
              {domain.dataRecommendation ? ` (mean points ${domain.dataRecommendation.score.toFixed(2)}).` : "."}
            </Body1>
            {domain.dataRecommendation && (
              <ul className={styles.list} aria-label="Why: the trace">
                {domain.dataRecommendation.trace.map((t, i) => (
                  <li key={i}>
                    <Caption1>
                      {t.dataSet ?? "Data set"}: {t.reason} ({t.points > 0 ? `+${t.points}` : t.points})
                    </Caption1>
                  </li>
                ))}
                <li>
                  <Caption1>Rule: {domain.dataRecommendation.rule}</Caption1>
                </li>
                {domain.adjustments.map((a, i) => (
                  <li key={`adj${i}`}>
                    <Caption1>
                      Evidence: {a.reason} {a.from} becomes {a.to}.
                    </Caption1>
                  </li>
                ))}
              </ul>
            )}
            <Field label="Final grade" hint="A person decides the final grade. Keep the recommendation or choose another.">
              <Select value={final} onChange={(_, data) => onOverride({ finalGrade: data.value, reason: override?.reason ?? "" })}>
                {recommended === null && <option value="">No grade yet</option>}
                {grades.map((g) => (
                  <option key={g} value={g}>
                    {g}
                    {g === recommended ? " (recommended)" : ""}
                  </option>
                ))}
              </Select>
            </Field>
            {overridden && (
              <Field
                label="Why the final grade differs from the recommendation"
                required
                validationState={reasonMissing ? "error" : "none"}
                {...(reasonMissing ? { validationMessage: "Give the reason for the override: it is kept in the Assessment sheet's Override reason column." } : {})}
              >
                <Textarea id={`${id}-reason`} value={override?.reason ?? ""} resize="vertical" onChange={(_, data) => onOverride({ finalGrade: final, reason: data.value })} />
              </Field>
            )}
          </>
        )}
      </section>
    </>
  );
}
