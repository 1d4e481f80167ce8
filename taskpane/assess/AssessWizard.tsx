import { faceText } from "../../src/engine/messages/faceText";
import { Body1, Button, Caption1, Field, Select, Spinner, Subtitle1, Title2 } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { CHARTS_SHEET } from "../../src/engine/assessment";
import { ConfirmDialog } from "../shared/ConfirmDialog";
import { GradesTable } from "../shared/GradesTable";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/View.styles";
import type { Navigate } from "../Workspace";
import { DomainStep } from "./DomainStep";
import { missingReason, type Step, type Wizard } from "./useAssessWizard";

export interface AssessWizardProps {
  /** The wizard's state, held above the views so that leaving Assess loses nothing. */
  readonly w: Wizard;
  readonly onNavigate: Navigate;
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

/** Focuses an element once React has drawn it and any closing dialog has handed focus back. */
const focusSoon = (get: () => HTMLElement | null) => setTimeout(() => requestAnimationFrame(() => get()?.focus()), 0);

export function AssessWizard({ w, onNavigate }: AssessWizardProps) {
  const styles = useViewStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [showReasonError, setShowReasonError] = useState(false);
  const domains = w.assessment?.domains ?? [];
  const total = domains.length + 2;
  const position = w.step.kind === "force" ? 1 : w.step.kind === "domain" ? w.step.index + 2 : total;
  const blocked = w.step.kind === "force" && w.loaded !== null && w.loaded.blockers.length > 0;
  const go = (step: Step) => {
    setShowReasonError(false);
    setAnnouncement("");
    w.setStep(step);
    // The user asked to move on: take them to the new step's heading.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const current = w.step.kind === "domain" ? domains[w.step.index] : undefined;
  const begin = () => {
    setAnnouncement("");
    void w.start().then((started) => {
      if (started) requestAnimationFrame(() => heading.current?.focus());
    });
  };
  const next = () => {
    if (w.step.kind === "force") {
      if (w.unsaved && w.assessment && w.assessment.force !== w.force) setDiscarding(true);
      else begin();
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
  const closeConfirm = () => {
    setConfirming(false);
    focusSoon(() => document.getElementById("assess-write"));
  };
  const write = async () => {
    const ok = await w.write();
    setConfirming(false);
    if (!ok) {
      focusSoon(() => document.getElementById("assess-write"));
      return;
    }
    setAnnouncement(faceText.pane.assessmentWritten(w.assessment?.force));
    focusSoon(() => result.current);
  };
  const forceName = w.assessment?.force ?? w.force;

  return (
    <section className={styles.root} aria-labelledby="assess-title">
      <Title2 as="h1" id="assess-title" className={styles.heading}>
        Assess a force
      </Title2>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        <Subtitle1>
          {stepTitle(w.step, domains.map((d) => d.domain.name))}
          {w.assessment && w.step.kind === "domain" ? `: ${w.assessment.force}` : ""}
        </Subtitle1>
      </h2>
      {w.problem && <Notice intent="error" title="The assessment could not go on">{w.problem}</Notice>}

      {w.step.kind === "force" && !w.loaded && !w.problem && <Spinner size="small" label="Reading the workbook…" />}
      {blocked && w.loaded && (
        <Notice intent="warning" title="The workbook has errors that stop the assessment" action={{ label: "Read the workbook again", onClick: () => void w.reload() }}>
          {w.loaded.why} Fix {w.loaded.blockers.length === 1 ? "it" : "them"} (Open Check, below, lists them all with where they are), then read the workbook again.
          <ul className={styles.list}>
            {w.loaded.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Notice>
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
      {w.step.kind === "force" && w.unsaved && w.assessment && (
        <Caption1 as="p" className={styles.heading}>
          Your decisions for {w.assessment.force} are kept but not yet written to the workbook.
        </Caption1>
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
        <GradesTable
          caption={`Grades for ${w.assessment.force}, ${w.assessment.year}`}
          domains={domains}
          finalOf={(d) => {
            const o = w.overrides[d.domain.id];
            return { grade: o?.finalGrade ?? "", note: o && o.finalGrade && o.finalGrade !== d.recommendedGrade ? ` (override: ${o.reason})` : "" };
          }}
        />
      )}

      {w.step.kind === "written" && !confirming && (
        <section aria-labelledby="assess-result">
          <h3 id="assess-result" ref={result} tabIndex={-1} className={styles.heading}>
            <Body1>
              Written {forceName}&apos;s assessment to the sheets {w.sheets.join(", ")}. The input sheets were not changed.
            </Body1>
          </h3>
          {w.notes.map((n) => (
            <Caption1 as="p" key={n} className={styles.heading}>
              Note: {n}
            </Caption1>
          ))}
        </section>
      )}
      <div role="status" aria-live="polite" className={styles.muted}>
        {announcement}
      </div>

      <div className={styles.footer} role="group" aria-label="Wizard steps">
        {(w.step.kind === "domain" || w.step.kind === "review") && <Button onClick={back}>Back</Button>}
        <Caption1 className={styles.grow}>{w.step.kind === "written" ? "Done" : `Step ${position} of ${w.assessment ? total : 6}`}</Caption1>
        {blocked && (
          <Button appearance="primary" onClick={() => onNavigate("check")}>
            Open Check
          </Button>
        )}
        {(w.step.kind === "domain" || (w.step.kind === "force" && w.loaded !== null && !blocked && w.loaded.forces.length > 0)) && (
          <Button appearance="primary" onClick={next}>
            Next
          </Button>
        )}
        {w.step.kind === "review" && (
          <Button appearance="primary" id="assess-write" onClick={() => setConfirming(true)}>
            Write to the workbook…
          </Button>
        )}
        {w.step.kind === "written" && (
          <>
            <Button onClick={() => go({ kind: "force" })}>Assess another force</Button>
            <Button appearance="primary" onClick={() => onNavigate("report")}>
              Open {forceName}&apos;s report
            </Button>
          </>
        )}
      </div>

      <ConfirmDialog
        open={confirming}
        id="write-what"
        title="Write the assessment?"
        confirm={{ label: w.writing ? "Writing…" : "Write", busy: w.writing, onClick: () => void write() }}
        cancel={{ label: "Cancel", onClick: closeConfirm }}
      >
        <Body1 as="p" className={styles.heading}>
          These sheets will be written afresh: {w.sheets.filter((s) => s !== "Comments").join(", ")}. Rows for other forces, and the final grades, reasons and statuses people wrote, are kept.
          {w.sheets.includes("Comments") ? " The Comments sheet will be created, empty." : ""}
          {w.sheets.includes(CHARTS_SHEET) ? ` The ${CHARTS_SHEET} sheet gets an Excel chart for each graded domain of ${w.assessment?.force ?? "the force"} against similar forces.` : ""}
        </Body1>
        <Body1 as="p" className={styles.heading}>
          No input sheet (Forces, Data, Finance, Survey, Evidence, Actions and the rest) is changed.
        </Body1>
      </ConfirmDialog>

      <ConfirmDialog
        open={discarding}
        id="discard-what"
        onDismiss={() => {
          w.setForce(w.assessment?.force ?? w.force);
          setDiscarding(false);
        }}
        title={`Discard the decisions for ${w.assessment?.force ?? "the force"}?`}
        confirm={{
          label: "Keep them",
          onClick: () => {
            w.setForce(w.assessment?.force ?? w.force);
            setDiscarding(false);
          },
        }}
        cancel={{
          label: "Discard them",
          onClick: () => {
            setDiscarding(false);
            begin();
          },
        }}
      >
        <Body1 as="p" className={styles.heading}>
          You chose final grades for {w.assessment?.force} that are not written to the workbook yet. Assessing {w.force} discards them.
        </Body1>
      </ConfirmDialog>
    </section>
  );
}
