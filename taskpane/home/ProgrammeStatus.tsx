import { Accordion, AccordionHeader, AccordionItem, Body1, Body1Strong, Field, Select, Subtitle1 } from "@fluentui/react-components";
import { useState } from "react";
import { describeIssue } from "../../src/engine/messages/describe";
import { blockersByForce, progressStatuses, type ProgrammeStatus as Status, type ProgressStatus, type ProgressTotals } from "../../src/engine/programme";
import { Panel } from "../shared/Panel";
import { useViewStyles } from "../shared/View.styles";
import { useHomeStyles } from "./Home.styles";
import { paneLabels } from "../../src/engine/messages/paneLabels";

export interface ProgrammeStatusProps {
  readonly status: Status;
}

const shortName: Readonly<Record<ProgressStatus, string>> = paneLabels.programme.shortStatus;

function TotalsRow({ name, totals, national = false }: { name: string; totals: ProgressTotals; national?: boolean }) {
  const Cell = national ? "th" : "td";
  return (
    <tr>
      <th scope="row">{name}</th>
      <Cell>{paneLabels.programme.readyOf(totals.forcesReady, totals.forces)}</Cell>
      {progressStatuses.map((s) => (
        <Cell key={s}>{totals.byStatus[s]}</Cell>
      ))}
      <Cell>{totals.openComments}</Cell>
      <Cell>{totals.overridesWithoutReason}</Cell>
    </tr>
  );
}

/** One force's graded domains: status, assessor, date, open comments and any override without a reason. */
function ForceProgress({ status, force }: { status: Status; force: string }) {
  const view = useViewStyles();
  const rows = status.rows.filter((r) => r.force === force);
  return (
    <table className={view.table} aria-label={paneLabels.programme.forceProgress(force)}>
      <thead>
        <tr>
          <th scope="col">{paneLabels.common.domain}</th>
          <th scope="col">{paneLabels.common.status}</th>
          <th scope="col">{paneLabels.programme.assessorAndDate}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.domain}>
            <th scope="row">{r.domain}</th>
            <td>
              {r.status}
              {r.openComments > 0 && paneLabels.programme.openCommentsOfDomain(r.openComments)}
              {r.overrideWithoutReason && paneLabels.programme.overrideWithoutReason}
            </td>
            <td>{[r.assessor, r.date].filter((x) => x !== "").join(", ") || "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The programme's progress in the open workbook, as `ra status` gives it: totals by region and for
 * England and Wales, one force's reports, and what stops publication. Every figure and message is the
 * engine's ({@link Status}); this view only lays them out.
 */
export function ProgrammeStatus({ status }: ProgrammeStatusProps) {
  const styles = useHomeStyles();
  const view = useViewStyles();
  const forces = [...new Set(status.rows.map((r) => r.force))];
  const [force, setForce] = useState(forces[0] ?? "");
  const blocked = blockersByForce(status);
  const n = status.national;
  return (
    <section className={styles.domain} aria-labelledby="programme-title">
      <Subtitle1 as="h2" id="programme-title" className={styles.heading}>
        {paneLabels.programme.title}
      </Subtitle1>
      <Body1 as="p" className={styles.heading}>
        {paneLabels.programme.forcesReady(n.forcesReady, n.forces, progressStatuses.map((s) => `${n.byStatus[s]} ${s.toLowerCase()}`).join(", "))}
      </Body1>
      <div className={styles.scroll} role="region" aria-labelledby="programme-regions" tabIndex={0}>
        <table className={view.table}>
          <caption id="programme-regions" className={view.muted}>
            {paneLabels.programme.regionsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{paneLabels.programme.region}</th>
              <th scope="col">{paneLabels.programme.ready}</th>
              {progressStatuses.map((s) => (
                <th scope="col" key={s}>
                  {shortName[s]}
                </th>
              ))}
              <th scope="col">{paneLabels.programme.openComments}</th>
              <th scope="col">{paneLabels.programme.noReason}</th>
            </tr>
          </thead>
          <tbody>
            {status.regions.map((r) => (
              <TotalsRow key={r.region} name={r.region} totals={r.totals} />
            ))}
          </tbody>
          <tfoot>
            <TotalsRow name={paneLabels.programme.nationally} totals={n} national />
          </tfoot>
        </table>
      </div>
      {forces.length > 0 && (
        <>
          <Field label={paneLabels.common.force}>
            <Select value={force} onChange={(_, data) => setForce(data.value)}>
              {forces.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </Select>
          </Field>
          <ForceProgress status={status} force={force} />
        </>
      )}
      <Accordion collapsible>
        <AccordionItem value="blockers">
          <AccordionHeader as="h3">{paneLabels.programme.blockersTitle(blocked.length, n.forces)}</AccordionHeader>
          <Panel>
            {blocked.length === 0 ? (
              <Body1 as="p" className={styles.heading}>
                {paneLabels.programme.allFinal}
              </Body1>
            ) : (
              <ul className={view.list}>
                {blocked.map(({ force: f, blockers }) => (
                  <li key={f}>
                    <Body1Strong>{f}</Body1Strong>
                    <ul className={styles.dataSets}>
                      {blockers.map((b, i) => (
                        <li key={i}>{describeIssue(b)}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
