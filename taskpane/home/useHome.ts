import { useCallback, useEffect, useMemo, useState } from "react";
import { faceText } from "../../src/engine/messages/faceText";
import type { ProgrammeStatus } from "../../src/engine/programme";
import { openSession } from "../../src/engine/session";
import { emptyTemplatePlan, findTable } from "../../src/engine/workbook";
import { readinessOf, type Readiness } from "../session/readiness";
import { templateStatus, whyNotAddTemplate, type TemplateStatus } from "../session/templateStatus";
import { failureMessage, useWorkbook } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";

/** The Home view's state: the template status, readiness and programme progress of the open workbook, and creating the template or sample. */
export function useHome(port: WorkbookPort | null) {
  const { snapshot, read } = useWorkbook(port);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void read();
  }, [read]);
  const status: TemplateStatus | null = snapshot.state === "done" ? templateStatus(snapshot.value) : null;
  const refusal = snapshot.state === "done" ? whyNotAddTemplate(snapshot.value) : null;
  const readiness: Readiness | null = useMemo(() => (snapshot.state === "done" ? readinessOf(openSession(snapshot.value).findings) : null), [snapshot]);
  const programme: ProgrammeStatus | null = useMemo(() => (snapshot.state === "done" && findTable(snapshot.value, "Forces") ? openSession(snapshot.value).programme : null), [snapshot]);
  const act = useCallback(
    async (what: "template" | "sample") => {
      if (!port) return;
      const current = await read();
      const why = current ? whyNotAddTemplate(current) : faceText.pane.workbookUnreadable;
      if (why) {
        setMessage({ intent: "error", text: why });
        return;
      }
      setBusy(true);
      try {
        if (what === "template") await port.applyPlan(emptyTemplatePlan());
        else await port.insertSample();
        setMessage({ intent: "success", text: what === "template" ? faceText.pane.templateCreated : faceText.pane.sampleAdded });
        await read();
      } catch (error) {
        setMessage({ intent: "error", text: failureMessage(error) });
      } finally {
        setBusy(false);
      }
    },
    [port, read],
  );
  return { snapshot, status, refusal, readiness, programme, message, busy, act, read };
}
