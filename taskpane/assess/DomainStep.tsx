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
import { paneLabels } from "../../src/engine/messages/paneLabels";

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
          {paneLabels.domainStep.editInSheet}
        </Button>
      </div>
    </div>
  );
}

/** "3 better, 2 similar and 1 worse than similar forces": the trace in one line. */
function tally(domain: DomainAssessment): string {
  const trace = domain.dataRecommendation?.trace ?? [];
  const n = (kind: string) => trace.filter((t) => t.position === kind).length;
  return paneLabels.domainStep.tally(n("better"), n("similar"), n("worse"));
}

/** The decision first: the recommended grade, why, what it rests on, the final grade; the data sets and evidence below. */
/** The change behind a direction, against the reference's, and whether it was tested: " (a fall of 24%, against a fall of 24% for England and Wales)". */
function directionDetail(d: NonNullable<DomainAssessment["dataSets"][number]["direction"]>): string {
  const own = changeWords(d.change, d.changeUnit);
  const against = d.reference ? { change: changeWords(d.reference.change, d.changeUnit), nationally: d.reference.name === "England and Wales" } : null;
  return paneLabels.domainStep.directionDetail(own, against, d.tested);
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
          {paneLabels.domainStep.decision(domain.domain.graded)}
        </Subtitle2>
        {!domain.domain.graded && <Body1 as="p" className={styles.heading}>{paneLabels.domainStep.profileOnly}</Body1>}
        {domain.domain.graded && (
          <>
            <Body1 as="p" className={styles.heading} id={`${id}-recommended`}>
              {paneLabels.domainStep.recommendedGrade}
              <Body1Strong>{recommended ?? paneLabels.domainStep.notEnoughData}</Body1Strong>
            </Body1>
            {domain.dataRecommendation && (
              <Caption1 as="p" className={styles.heading}>
                {paneLabels.domainStep.why(domain.dataRecommendation.score.toFixed(2), tally(domain))}
                {domain.adjustments.map((a) => paneLabels.domainStep.evidenceAdjusts(a.reason, a.from, a.to)).join("")}
              </Caption1>
            )}
            <Caption1 as="p" className={styles.heading} id={`${id}-coverage`}>
              {describeCoverage(coverage)}
            </Caption1>
            {coverage.notUsed.length > 0 && (
              <Notice intent="warning" title={paneLabels.domainStep.leavesOut(coverage.notUsed.length, coverage.total)}>
                <ul className={styles.list}>
                  {coverage.notUsed.map((n) => (
                    <li key={n.name}>
                      {n.name}: {n.why}
                    </li>
                  ))}
                </ul>
              </Notice>
            )}
            <Field label={paneLabels.domainStep.finalGrade} hint={paneLabels.domainStep.finalGradeHint}>
              <Select value={final} onChange={(_, data) => onOverride({ finalGrade: data.value, reason: override?.reason ?? "" })}>
                {recommended === null && <option value="">{paneLabels.domainStep.noGradeYet}</option>}
                {grades.map((g) => (
                  <option key={g} value={g}>
                    {g}
                    {g === recommended ? paneLabels.domainStep.recommendedMark : ""}
                  </option>
                ))}
              </Select>
            </Field>
            {overridden && (
              <Field
                label={paneLabels.domainStep.overrideReason}
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
          {paneLabels.domainStep.dataSets(domain.dataSets.length, missingFigures)}
        </Subtitle2>
        <Accordion multiple collapsible>
          {domain.dataSets.map((s) => {
            const fmt = (v: number | null | undefined) => (v === null || v === undefined ? paneLabels.domainStep.noFigure : formatFigure(v, s.dataSet));
            return (
              <AccordionItem key={s.dataSet.id} value={s.dataSet.id}>
                <AccordionHeader as="h4" size="small">
                  {s.dataSet.name}
                  {figureMissing(s) && (
                    <>
                      {" "}
                      <Badge appearance="outline" color="warning">
                        {paneLabels.domainStep.noFigure}
                      </Badge>
                    </>
                  )}
                </AccordionHeader>
                <Panel>
                  <div className={styles.panel}>
                    <Caption1 className={styles.muted}>{s.dataSet.measure}</Caption1>
                    <Text>
                      {paneLabels.domainStep.figures(fmt(s.figure?.estimate), fmt(s.msgAverage), s.rank ?? null)}
                    </Text>
                    <Text>
                      {s.position ? `${s.position.label}.` : faceText.pane.noComparison}{" "}
                      {s.direction ? paneLabels.domainStep.overThreeYears(s.direction.label.toLowerCase(), directionDetail(s.direction)) : faceText.pane.noDirection}
                    </Text>
                    {s.allForcesAverage !== null && <Text>{paneLabels.domainStep.allForces(fmt(s.allForcesAverage))}</Text>}
                    <DataSetChart item={s} />
                  </div>
                </Panel>
              </AccordionItem>
            );
          })}
          {domain.dataRecommendation && (
            <AccordionItem value="trace">
              <AccordionHeader as="h4" size="small">
                {paneLabels.domainStep.traceTitle}
              </AccordionHeader>
              <Panel>
                <ul className={styles.list}>
                  {domain.dataRecommendation.trace.map((t, i) => (
                    <li key={i}>
                      <Caption1>
                        {paneLabels.domainStep.traceLine(t.dataSet, t.reason, t.points)}
                      </Caption1>
                    </li>
                  ))}
                  <li>
                    <Caption1>{paneLabels.domainStep.rule(domain.dataRecommendation.rule)}</Caption1>
                  </li>
                </ul>
              </Panel>
            </AccordionItem>
          )}
          <AccordionItem value="evidence">
            <AccordionHeader as="h4" size="small">
              {paneLabels.domainStep.evidenceAndActions(domain.evidence.length, domain.actions.length)}
            </AccordionHeader>
            <Panel>
              <div className={styles.root}>
                <Body1 as="p" id={`${id}-edit-help`} className={styles.heading}>
                  {paneLabels.domainStep.editHelp}
                </Body1>
                <EditableList id={`${id}-evidence-list`} sheet="Evidence" empty={paneLabels.domainStep.noneRecorded} shown={note?.sheet === "Evidence"} onEditInSheet={onEditInSheet}>
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
                <EditableList id={`${id}-actions-list`} sheet="Actions" empty={paneLabels.domainStep.noneRecorded} shown={note?.sheet === "Actions"} onEditInSheet={onEditInSheet}>
                  {domain.actions.map((a, i) => (
                    <li key={`a${i}`}>
                      <Text>
                        {a.action}
                        {paneLabels.domainStep.owner(a.owner, a.due)}
                      </Text>
                    </li>
                  ))}
                </EditableList>
                <div className={styles.actions}>
                  <Button size="small" aria-describedby={`${id}-edit-help`} disabledFocusable={refreshing} onClick={onRefresh}>
                    {paneLabels.domainStep.refresh(refreshing)}
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
