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
import { paneLabels } from "../../src/engine/messages/paneLabels";

export interface AssessWizardProps {
  /** The wizard's state, held above the views so that leaving Assess loses nothing. */
  readonly w: Wizard;
  readonly onNavigate: Navigate;
}

function stepTitle(step: Step, domainNames: readonly string[]): string {
  switch (step.kind) {
    case "force":
      return paneLabels.assess.stepChooseForce;
    case "domain":
      return domainNames[step.index] ?? paneLabels.assess.stepDomain;
    case "review":
      return paneLabels.assess.stepReview;
    case "written":
      return paneLabels.assess.stepWritten;
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
        {paneLabels.assess.title}
      </Title2>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        <Subtitle1>
          {stepTitle(w.step, domains.map((d) => d.domain.name))}
          {w.assessment && w.step.kind === "domain" ? `: ${w.assessment.force}` : ""}
        </Subtitle1>
      </h2>
      {w.problem && <Notice intent="error" title={paneLabels.assess.couldNotGoOn}>{w.problem}</Notice>}

      {w.step.kind === "force" && !w.loaded && !w.problem && <Spinner size="small" label={paneLabels.common.readingWorkbook} />}
      {blocked && w.loaded && (
        <Notice intent="warning" title={paneLabels.assess.blockedTitle} action={{ label: paneLabels.assess.readAgain, onClick: () => void w.reload() }}>
          {paneLabels.assess.blocked(w.loaded.why, w.loaded.blockers.length)}
          <ul className={styles.list}>
            {w.loaded.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Notice>
      )}
      {w.step.kind === "force" && w.loaded && w.loaded.forces.length > 0 && (
        <Field label={paneLabels.common.force} hint={paneLabels.assess.forcesInSheet(w.loaded.forces.length)}>
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
          {paneLabels.assess.keptUnwritten(w.assessment.force)}
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
          caption={paneLabels.assess.gradesFor(w.assessment.force, w.assessment.year)}
          domains={domains}
          finalOf={(d) => {
            const o = w.overrides[d.domain.id];
            return { grade: o?.finalGrade ?? "", note: o && o.finalGrade && o.finalGrade !== d.recommendedGrade ? paneLabels.assess.overrideNote(o.reason) : "" };
          }}
        />
      )}

      {w.step.kind === "written" && !confirming && (
        <section aria-labelledby="assess-result">
          <h3 id="assess-result" ref={result} tabIndex={-1} className={styles.heading}>
            <Body1>
              {paneLabels.assess.written(forceName, w.sheets)}
            </Body1>
          </h3>
          {w.notes.map((n) => (
            <Caption1 as="p" key={n} className={styles.heading}>
              {paneLabels.assess.note(n)}
            </Caption1>
          ))}
        </section>
      )}
      <div role="status" aria-live="polite" className={styles.muted}>
        {announcement}
      </div>

      <div className={styles.footer} role="group" aria-label={paneLabels.assess.steps}>
        {(w.step.kind === "domain" || w.step.kind === "review") && <Button onClick={back}>{paneLabels.assess.back}</Button>}
        <Caption1 className={styles.grow}>{w.step.kind === "written" ? paneLabels.common.done : paneLabels.assess.stepOf(position, w.assessment ? total : 6)}</Caption1>
        {blocked && (
          <Button appearance="primary" onClick={() => onNavigate("check")}>
            {paneLabels.common.openCheck}
          </Button>
        )}
        {(w.step.kind === "domain" || (w.step.kind === "force" && w.loaded !== null && !blocked && w.loaded.forces.length > 0)) && (
          <Button appearance="primary" onClick={next}>
            {paneLabels.assess.next}
          </Button>
        )}
        {w.step.kind === "review" && (
          <Button appearance="primary" id="assess-write" onClick={() => setConfirming(true)}>
            {paneLabels.assess.writeToWorkbook}
          </Button>
        )}
        {w.step.kind === "written" && (
          <>
            <Button onClick={() => go({ kind: "force" })}>{paneLabels.assess.assessAnother}</Button>
            <Button appearance="primary" onClick={() => onNavigate("report")}>
              {paneLabels.assess.openReport(forceName)}
            </Button>
          </>
        )}
      </div>

      <ConfirmDialog
        open={confirming}
        id="write-what"
        title={paneLabels.assess.writeTitle}
        confirm={{ label: w.writing ? paneLabels.assess.writing : paneLabels.assess.write, busy: w.writing, onClick: () => void write() }}
        cancel={{ label: paneLabels.common.cancel, onClick: closeConfirm }}
      >
        <Body1 as="p" className={styles.heading}>
          {paneLabels.assess.writtenAfresh(w.sheets.filter((s) => s !== "Comments"))}
          {w.sheets.includes("Comments") ? paneLabels.assess.commentsCreated : ""}
          {w.sheets.includes(CHARTS_SHEET) ? paneLabels.assess.chartsSheet(CHARTS_SHEET, w.assessment?.force) : ""}
        </Body1>
        <Body1 as="p" className={styles.heading}>
          {paneLabels.assess.inputsUnchanged}
        </Body1>
      </ConfirmDialog>

      <ConfirmDialog
        open={discarding}
        id="discard-what"
        onDismiss={() => {
          w.setForce(w.assessment?.force ?? w.force);
          setDiscarding(false);
        }}
        title={paneLabels.assess.discardTitle(w.assessment?.force)}
        confirm={{
          label: paneLabels.assess.keepThem,
          onClick: () => {
            w.setForce(w.assessment?.force ?? w.force);
            setDiscarding(false);
          },
        }}
        cancel={{
          label: paneLabels.assess.discardThem,
          onClick: () => {
            setDiscarding(false);
            begin();
          },
        }}
      >
        <Body1 as="p" className={styles.heading}>
          {paneLabels.assess.discardWhy(w.assessment?.force, w.force)}
        </Body1>
      </ConfirmDialog>
    </section>
  );
}
