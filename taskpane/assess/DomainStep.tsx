import { faceText } from "../../src/engine/messages/faceText";
import { Accordion, AccordionHeader, AccordionItem, Badge, Body1, Body1Strong, Button, Caption1, Field, Select, Subtitle2, Text, Textarea, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DomainAssessment } from "../../src/engine/assessment";
import { changeWords, formatFigure } from "../../src/engine/narrative";
import { Notice } from "../shared/Notice";
import { Panel } from "../shared/Panel";
import { useViewStyles } from "../shared/View.styles";
import { coverageOf, describeCoverage, figureMissing } from "./coverage";
import { DataSetChart } from "./DataSetChart";
import type { EditSheet } from "./editRows";
import type { EditNote, Override } from "./useAssessWizard";

export interface DomainStepProps {
  readonly domain: DomainAssessment;
  readonly grades: readonly string[];
  readonly override: Override | undefined;
  readonly onOverride: (o: Override) => void;
  readonly reasonMissing: boolean;
  /** Shows this domain's evidence or actions rows in their sheet (selected in Excel, highlighted in the preview). */
  readonly onEditInSheet: (sheet: EditSheet) => void;
  /** Reads the workbook again and assesses the force again, staying on this step. */
  readonly onRefresh: () => void;
  readonly refreshing: boolean;
  /** What the wizard last said about evidence or actions (shown when it is about this domain). */
  readonly editNote: EditNote | null;
}

interface EditableListProps {
  readonly id: string;
  readonly sheet: EditSheet;
  readonly empty: string;
  readonly shown: boolean;
  readonly onEditInSheet: (sheet: EditSheet) => void;
  readonly children: ReactNode[];
}

/** A read-only list of evidence or actions with its "Edit in the sheet" button (secondary). */
function EditableList({ id, sheet, empty, shown, onEditInSheet, children }: EditableListProps) {
  const styles = useViewStyles();
  return (
    <div role="group" aria-labelledby={id} className={mergeClasses(styles.panel, shown && styles.current)}>
      <h5 id={id} className={styles.heading}>
        <Body1Strong>{sheet}</Body1Strong>
      </h5>
      {children.length === 0 ? (
        <Body1 as="p" className={styles.heading}>
          {empty}
        </Body1>
      ) : (
        <ul className={styles.list}>{children}</ul>
      )}
      <div className={styles.actions}>
        <Button size="small" aria-describedby={id} aria-current={shown ? "true" : undefined} onClick={() => onEditInSheet(sheet)}>
          Edit in the sheet
        </Button>
      </div>
    </div>
  );
}

/** "3 better, 2 similar and 1 worse than similar forces": the trace in one line. */
function tally(domain: DomainAssessment): string {
  const trace = domain.dataRecommendation?.trace ?? [];
  const n = (kind: string) => trace.filter((t) => t.position === kind).length;
  const parts = [
    [n("better"), "better"],
    [n("similar"), "similar"],
    [n("worse"), "worse"],
  ].filter(([k]) => (k as number) > 0).map(([k, w]) => `${k} ${w}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "none");
  return `${list} than similar forces`;
}

/** The decision first: the recommended grade, why, what it rests on, the final grade; the data sets and evidence below. */
/** The change behind a direction, against the reference's, and whether it was tested: " (a fall of 24%, against a fall of 24% for England and Wales)". */
function directionDetail(d: NonNullable<DomainAssessment["dataSets"][number]["direction"]>): string {
  const own = changeWords(d.change, d.changeUnit);
  const against = d.reference ? `, against ${changeWords(d.reference.change, d.changeUnit)} for ${d.reference.name === "England and Wales" ? "England and Wales" : "similar forces"}` : "";
  return ` (${own}${against}${d.tested ? "" : "; not tested: no sampling error"})`;
}

export function DomainStep({ domain, grades, override, onOverride, reasonMissing, onEditInSheet, onRefresh, refreshing, editNote }: DomainStepProps) {
  const styles = useViewStyles();
  const id = domain.domain.id;
  const recommended = domain.recommendedGrade;
  const final = override?.finalGrade || recommended || "";
  const overridden = domain.domain.graded && final !== "" && final !== recommended;
  const note = editNote?.domainId === id ? editNote : null;
  const coverage = coverageOf(domain);
  const missingFigures = domain.dataSets.filter(figureMissing).length;
  return (
    <>
      <section aria-labelledby={`${id}-grade`} className={styles.root}>
        <Subtitle2 as="h3" id={`${id}-grade`} className={styles.heading}>
          {domain.domain.graded ? "Decision" : "Profile, not graded"}
        </Subtitle2>
        {!domain.domain.graded && <Body1 as="p" className={styles.heading}>Value for money is a profile: each cost against similar forces and all forces. It has no grade.</Body1>}
        {domain.domain.graded && (
          <>
            <Body1 as="p" className={styles.heading} id={`${id}-recommended`}>
              Recommended grade: <Body1Strong>{recommended ?? "not enough data to recommend one"}</Body1Strong>
            </Body1>
            {domain.dataRecommendation && (
              <Caption1 as="p" className={styles.heading}>
                Why: mean points {domain.dataRecommendation.score.toFixed(2)} from {tally(domain)}.
                {domain.adjustments.map((a) => ` Evidence: ${a.reason} ${a.from} becomes ${a.to}.`).join("")}
              </Caption1>
            )}
            <Caption1 as="p" className={styles.heading} id={`${id}-coverage`}>
              {describeCoverage(coverage)}
            </Caption1>
            {coverage.notUsed.length > 0 && (
              <Notice intent="warning" title={`The grade leaves out ${coverage.notUsed.length} of ${coverage.total} data sets`}>
                <ul className={styles.list}>
                  {coverage.notUsed.map((n) => (
                    <li key={n.name}>
                      {n.name}: {n.why}
                    </li>
                  ))}
                </ul>
              </Notice>
            )}
            <Field label="Final grade" hint="A person decides. Keep the recommendation or choose another.">
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
                {...(reasonMissing ? { validationMessage: faceText.pane.overrideReasonNeeded } : {})}
              >
                <Textarea id={`${id}-reason`} value={override?.reason ?? ""} resize="vertical" onChange={(_, data) => onOverride({ finalGrade: final, reason: data.value })} />
              </Field>
            )}
          </>
        )}
      </section>
      <section aria-labelledby={`${id}-data`} className={styles.root}>
        <Subtitle2 as="h3" id={`${id}-data`} className={styles.heading}>
          Data sets ({domain.dataSets.length}
          {missingFigures > 0 ? `, ${missingFigures} without a figure` : ""})
        </Subtitle2>
        <Accordion multiple collapsible>
          {domain.dataSets.map((s) => {
            const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "no figure" : formatFigure(v, s.dataSet));
            return (
              <AccordionItem key={s.dataSet.id} value={s.dataSet.id}>
                <AccordionHeader as="h4" size="small">
                  {s.dataSet.name}
                  {figureMissing(s) && (
                    <>
                      {" "}
                      <Badge appearance="outline" color="warning">
                        no figure
                      </Badge>
                    </>
                  )}
                </AccordionHeader>
                <Panel>
                  <div className={styles.panel}>
                    <Caption1 className={styles.muted}>{s.dataSet.measure}</Caption1>
                    <Text>
                      Force {fmt(s.figure?.estimate)}; similar forces {fmt(s.msgAverage)}
                      {s.rank ? `; ranked ${s.rank.rank} of ${s.rank.of}` : ""}.
                    </Text>
                    <Text>
                      {s.position?.label ?? "No comparison with similar forces"}. {s.direction ? `Over three years: ${s.direction.label.toLowerCase()}${directionDetail(s.direction)}.` : "No direction of travel (three years needed)."}
                    </Text>
                    {s.allForcesAverage !== null && <Text>All forces {fmt(s.allForcesAverage)}.</Text>}
                    <DataSetChart item={s} />
                  </div>
                </Panel>
              </AccordionItem>
            );
          })}
          {domain.dataRecommendation && (
            <AccordionItem value="trace">
              <AccordionHeader as="h4" size="small">
                The trace: every data set&apos;s points
              </AccordionHeader>
              <Panel>
                <ul className={styles.list}>
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
                </ul>
              </Panel>
            </AccordionItem>
          )}
          <AccordionItem value="evidence">
            <AccordionHeader as="h4" size="small">
              Evidence ({domain.evidence.length}) and actions ({domain.actions.length})
            </AccordionHeader>
            <Panel>
              <div className={styles.root}>
                <Body1 as="p" id={`${id}-edit-help`} className={styles.heading}>
                  The add-in does not change your input sheets: edit the evidence in its sheet, then Refresh.
                </Body1>
                <EditableList id={`${id}-evidence-list`} sheet="Evidence" empty="None recorded for this force and domain." shown={note?.sheet === "Evidence"} onEditInSheet={onEditInSheet}>
                  {domain.evidence.map((e, i) => (
                    <li key={`e${i}`}>
                      <Text>
                        <Body1Strong>{e.kind}</Body1Strong>
                        {e.judgement ? `: ${e.judgement}` : ""}
                        {e.detail ? `. ${e.detail}` : ""}
                      </Text>
                    </li>
                  ))}
                </EditableList>
                <EditableList id={`${id}-actions-list`} sheet="Actions" empty="None recorded for this force and domain." shown={note?.sheet === "Actions"} onEditInSheet={onEditInSheet}>
                  {domain.actions.map((a, i) => (
                    <li key={`a${i}`}>
                      <Text>
                        {a.action}
                        {a.owner ? ` (${a.owner}` : ""}
                        {a.owner && a.due ? `, due ${a.due})` : a.owner ? ")" : a.due ? ` (due ${a.due})` : ""}
                      </Text>
                    </li>
                  ))}
                </EditableList>
                <div className={styles.actions}>
                  <Button size="small" aria-describedby={`${id}-edit-help`} disabledFocusable={refreshing} onClick={onRefresh}>
                    {refreshing ? "Refreshing…" : "Refresh"}
                  </Button>
                </div>
              </div>
            </Panel>
          </AccordionItem>
        </Accordion>
        <div role="status" aria-live="polite">
          {note && (
            <Caption1 as="p" className={styles.heading}>
              {note.message}
            </Caption1>
          )}
        </div>
      </section>
    </>
  );
}
