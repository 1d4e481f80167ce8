import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle1,
  Title2,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { CHARTS_SHEET } from "../office/charts";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { DomainStep } from "./DomainStep";
import { missingReason, useAssessWizard, type Step } from "./useAssessWizard";

export interface AssessWizardProps {
  readonly port: WorkbookPort;
}

function stepTitle(step: Step, domainNames: readonly string[]): string {
  switch (step.kind) {
    case "force":
      return "Choose a force";
    case "domain":
      return domainNames[step.index] ?? "Domain";
    case "review":
      return "Review";
    case "written":
      return "Written";
  }
}

export function AssessWizard({ port }: AssessWizardProps) {
  const styles = useViewStyles();
  const w = useAssessWizard(port);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [showReasonError, setShowReasonError] = useState(false);
  const domains = w.assessment?.domains ?? [];
  const total = domains.length + 2;
  const position = w.step.kind === "force" ? 1 : w.step.kind === "domain" ? w.step.index + 2 : total;
  const go = (step: Step) => {
    setShowReasonError(false);
    w.setStep(step);
    // The user asked to move on: take them to the new step's heading.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const current = w.step.kind === "domain" ? domains[w.step.index] : undefined;
  const next = () => {
    if (w.step.kind === "force") {
      if (w.start()) requestAnimationFrame(() => heading.current?.focus());
      return;
    }
    if (w.step.kind === "domain" && current) {
      if (current.domain.graded && missingReason(current.recommendedGrade, w.overrides[current.domain.id])) {
        setShowReasonError(true);
        document.getElementById(`${current.domain.id}-reason`)?.focus();
        return;
      }
      go(w.step.index + 1 < domains.length ? { kind: "domain", index: w.step.index + 1 } : { kind: "review" });
    }
  };
  const back = () => {
    if (w.step.kind === "domain") go(w.step.index === 0 ? { kind: "force" } : { kind: "domain", index: w.step.index - 1 });
    else if (w.step.kind === "review") go({ kind: "domain", index: domains.length - 1 });
  };

  return (
    <section className={styles.root} aria-labelledby="assess-title">
      <Title2 as="h1" id="assess-title" className={styles.heading}>
        Assess a force
      </Title2>
      {w.step.kind !== "written" && (
        <Caption1 className={styles.muted}>
          Step {position} of {w.assessment ? total : "6"}
        </Caption1>
      )}
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        <Subtitle1>
          {stepTitle(w.step, domains.map((d) => d.domain.name))}
          {w.assessment && w.step.kind === "domain" ? `: ${w.assessment.force}` : ""}
        </Subtitle1>
      </h2>
      {w.problem && (
        <MessageBar intent="error">
          <MessageBarBody>{w.problem}</MessageBarBody>
        </MessageBar>
      )}

      {w.step.kind === "force" && !w.loaded && !w.problem && <Spinner size="small" label="Reading the workbook…" />}
      {w.step.kind === "force" && w.loaded && w.loaded.blockers.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The workbook has errors that stop the assessment. Fix them (see Check), then read the workbook again.
            <ul>
              {w.loaded.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {w.step.kind === "force" && w.loaded && w.loaded.forces.length > 0 && (
        <Field label="Force" hint={`${w.loaded.forces.length} forces in the Forces sheet.`}>
          <Select value={w.force} onChange={(_, data) => w.setForce(data.value)}>
            {w.loaded.forces.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {current && (
        <DomainStep
          domain={current}
          grades={w.loaded?.grades ?? []}
          override={w.overrides[current.domain.id]}
          onOverride={(o) => w.setOverride(current.domain.id, o)}
          reasonMissing={showReasonError && missingReason(current.recommendedGrade, w.overrides[current.domain.id])}
          onEditInSheet={(sheet) => void w.editInSheet(sheet)}
          onRefresh={() => void w.refresh()}
          refreshing={w.refreshing}
          editNote={w.editNote}
        />
      )}

      {w.step.kind === "review" && w.assessment && (
        <table>
          <caption className={styles.muted}>Grades for {w.assessment.force}, {w.assessment.year}</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Recommended</th>
              <th scope="col">Final</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((d) => {
              const o = w.overrides[d.domain.id];
              const final = d.domain.graded ? o?.finalGrade || d.recommendedGrade || "—" : "Not graded";
              return (
                <tr key={d.domain.id}>
                  <th scope="row">{d.domain.name}</th>
                  <td>{d.domain.graded ? (d.recommendedGrade ?? "Not enough data") : "Profile"}</td>
                  <td>
                    {final}
                    {o && o.finalGrade && o.finalGrade !== d.recommendedGrade ? ` (override: ${o.reason})` : ""}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {w.step.kind === "written" && (
        <div role="status">
          <Body1 as="p" className={styles.heading}>
            Written {w.assessment?.force}&apos;s assessment to the sheets {w.sheets.join(", ")}. The input sheets were not changed.
          </Body1>
          {w.notes.map((n) => (
            <Caption1 as="p" key={n} className={styles.heading}>
              Note: {n}
            </Caption1>
          ))}
        </div>
      )}

      <div className={styles.actions}>
        {(w.step.kind === "domain" || w.step.kind === "review") && <Button onClick={back}>Back</Button>}
        {w.step.kind === "force" && w.loaded && w.loaded.blockers.length > 0 && (
          <Button appearance="primary" onClick={() => void w.reload()}>
            Read the workbook again
          </Button>
        )}
        {(w.step.kind === "force" || w.step.kind === "domain") && !(w.step.kind === "force" && (!w.loaded || w.loaded.blockers.length > 0)) && (
          <Button appearance="primary" onClick={next}>
            Next
          </Button>
        )}
        {w.step.kind === "review" && (
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Write to the workbook…
          </Button>
        )}
        {w.step.kind === "written" && (
          <Button appearance="primary" onClick={() => go({ kind: "force" })}>
            Assess another force
          </Button>
        )}
      </div>

      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface aria-describedby="write-what">
          <DialogBody>
            <DialogTitle>Write the assessment?</DialogTitle>
            <DialogContent id="write-what">
              <Body1 as="p">
                These sheets will be written afresh: {w.sheets.filter((s) => s !== "Comments").join(", ")}. Rows for other forces, and the final grades, reasons and statuses people wrote, are kept.
                {w.sheets.includes("Comments") ? " The Comments sheet will be created, empty." : ""}
                {w.sheets.includes(CHARTS_SHEET) ? ` The ${CHARTS_SHEET} sheet gets an Excel chart for each graded domain of ${w.assessment?.force ?? "the force"} against similar forces.` : ""}
              </Body1>
              <Body1 as="p">No input sheet (Forces, Data, Finance, Survey, Evidence, Actions and the rest) is changed.</Body1>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabledFocusable={w.writing}
                onClick={() => {
                  void w.write().then(() => setConfirming(false));
                }}
              >
                {w.writing ? "Writing…" : "Write"}
              </Button>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
