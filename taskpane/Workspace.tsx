import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { useAppStyles } from "./App.styles";
import { useAssessWizard } from "./assess/useAssessWizard";
import { Home } from "./home/Home";
import type { Runtime } from "./runtime";
import type { WorkbookPort } from "./workbook/WorkbookPort";
import { paneLabels } from "../src/engine/messages/paneLabels";

// The views other than Home load when first opened, so the pane is drawn without waiting for them.
const Check = lazy(async () => ({ default: (await import(/* webpackChunkName: "view-check" */ "./check/Check")).Check }));
const AssessWizard = lazy(async () => ({ default: (await import(/* webpackChunkName: "view-assess" */ "./assess/AssessWizard")).AssessWizard }));
const Report = lazy(async () => ({ default: (await import(/* webpackChunkName: "view-report" */ "./report/Report")).Report }));

/** The four views of the pane. Explain lives on Home, so the tabs fit a narrow pane. */
export type View = "home" | "check" | "assess" | "report";
export type Navigate = (view: View) => void;

const views: readonly { id: View; label: string }[] = (["home", "check", "assess", "report"] as const).map((id) => ({ id, label: paneLabels.workspace.tabs[id] }));

export interface WorkspaceProps {
  readonly runtime: Runtime;
  readonly port: WorkbookPort;
}

/**
 * The pane with a workbook: the tabs and the views, with the wizard's progress, its decisions and the
 * current force held here, above the views, so moving between them loses nothing. Closing the pane with
 * decisions not yet written asks first.
 */
export function Workspace({ runtime, port }: WorkspaceProps) {
  const styles = useAppStyles();
  const [view, setView] = useState<View>("home");
  const wizard = useAssessWizard(port);
  useEffect(() => {
    if (!wizard.unsaved) return undefined;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [wizard.unsaved]);
  const navigate: Navigate = (to) => {
    setView(to);
    window.scrollTo(0, 0);
  };
  return (
    <>
      <nav aria-label={paneLabels.workspace.tabList} className={styles.nav}>
        <TabList size="small" className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => navigate(data.value as View)}>
          {views.map((v) => (
            <Tab key={v.id} value={v.id}>
              {v.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main} aria-label={views.find((v) => v.id === view)?.label ?? paneLabels.workspace.tabs.home}>
        {view === "home" && <Home runtime={runtime} port={port} onNavigate={navigate} />}
        <Suspense fallback={<Spinner size="small" label={paneLabels.common.opening} />}>
          {view === "check" && <Check port={port} force={wizard.assessment?.force ?? wizard.force} onNavigate={navigate} />}
          {view === "assess" && <AssessWizard w={wizard} onNavigate={navigate} />}
          {view === "report" && <Report port={port} w={wizard} onNavigate={navigate} />}
        </Suspense>
      </main>
    </>
  );
}
