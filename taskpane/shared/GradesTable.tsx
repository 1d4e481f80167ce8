import type { DomainAssessment } from "../../src/engine/assessment";
import { useViewStyles } from "./View.styles";
import { paneLabels } from "../../src/engine/messages/paneLabels";

export interface GradesTableProps {
  readonly caption?: string;
  readonly domains: readonly DomainAssessment[];
  /** What the Final column says after the grade for a domain a person overrode ("(override)"), or "" when they did not. */
  readonly finalOf: (d: DomainAssessment) => { readonly grade: string; readonly note: string };
}

/** Each domain's recommended and final grade, as the wizard's review and the Report's summary show them. */
export function GradesTable({ caption, domains, finalOf }: GradesTableProps) {
  const styles = useViewStyles();
  return (
    <table className={styles.table}>
      {caption && <caption className={styles.muted}>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{paneLabels.common.domain}</th>
          <th scope="col">{paneLabels.grades.recommended}</th>
          <th scope="col">{paneLabels.grades.final}</th>
        </tr>
      </thead>
      <tbody>
        {domains.map((d) => {
          const f = finalOf(d);
          return (
            <tr key={d.domain.id}>
              <th scope="row">{d.domain.name}</th>
              <td>{d.domain.graded ? (d.recommendedGrade ?? paneLabels.grades.notEnoughData) : paneLabels.grades.profile}</td>
              <td>{d.domain.graded ? `${f.grade || d.recommendedGrade || "—"}${f.note}` : paneLabels.grades.notGraded}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
