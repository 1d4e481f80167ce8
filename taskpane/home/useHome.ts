import { useCallback, useEffect, useMemo, useState } from "react";
import { faceText } from "../../src/engine/messages/faceText";
import type { ProgrammeStatus } from "../../src/engine/programme";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import { loadEngine, type PaneEngine } from "../session/loadEngine";
import type { Readiness } from "../session/readiness";
import type { TemplateStatus } from "../session/templateStatus";
import { failureMessage, useWorkbook } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";

/** What Home shows of a workbook as read: its template status (and in words), readiness and programme. */
export interface HomeModel {
  readonly status: TemplateStatus;
  readonly statusText: string;
  readonly readiness: Readiness;
  readonly programme: ProgrammeStatus | null;
}

function homeModel(engine: PaneEngine, snapshot: WorkbookSnapshot): HomeModel {
  const status = engine.templateStatus(snapshot);
  const session = engine.openSession(snapshot);
  return {
    status,
    statusText: engine.describeTemplateStatus(status),
    readiness: engine.readinessOf(session.findings),
    programme: engine.findTable(snapshot, "Forces") ? session.programme : null,
  };
}

/** The Home view's state: the open workbook's {@link HomeModel} (null until it and the engine are read), and creating the template or sample. */
export function useHome(port: WorkbookPort | null) {
  const { snapshot, read } = useWorkbook(port);
  const [engine, setEngine] = useState<PaneEngine | null>(null);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void read();
    loadEngine().then(setEngine, () => setMessage({ intent: "error", text: faceText.pane.paneNotLoaded }));
  }, [read]);
  const model: HomeModel | null = useMemo(() => (engine && snapshot.state === "done" ? homeModel(engine, snapshot.value) : null), [engine, snapshot]);
  const act = useCallback(
    async (what: "template" | "sample") => {
      if (!port) return;
      const [current, engine] = await Promise.all([read(), loadEngine()]);
      const why = current ? engine.whyNotAddTemplate(current) : faceText.pane.workbookUnreadable;
      if (why) {
        setMessage({ intent: "error", text: why });
        return;
      }
      setBusy(true);
      try {
        if (what === "template") await port.applyPlan(engine.emptyTemplatePlan());
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
  return { snapshot, model, message, busy, act, read };
}
