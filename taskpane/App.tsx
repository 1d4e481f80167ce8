import { FluentProvider, Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { useAppStyles, useGlobalStyles } from "./App.styles";
import { AssessWizard } from "./assess/AssessWizard";
import { Check } from "./check/Check";
import { Explain } from "./explain/Explain";
import { Home } from "./home/Home";
import { Report } from "./report/Report";
import type { Runtime } from "./runtime";
import { useTheme } from "./theme/useTheme";
import type { WorkbookPort } from "./workbook/WorkbookPort";

export interface AppProps {
  readonly runtime: Runtime;
  /** Office's task pane background colour, when Office reports one. */
  readonly officeBackground: string | null;
  /** The workbook the pane works on; null outside Excel and the preview. */
  readonly port: WorkbookPort | null;
}

type View = "home" | "check" | "assess" | "report" | "explain";

const views: readonly { id: View; label: string }[] = [
  { id: "home", label: "Home" },
  { id: "check", label: "Check" },
  { id: "assess", label: "Assess" },
  { id: "report", label: "Report" },
  { id: "explain", label: "Explain" },
];

export function App({ runtime, officeBackground, port }: AppProps) {
  useGlobalStyles();
  const styles = useAppStyles();
  const theme = useTheme(officeBackground);
  const [view, setView] = useState<View>("home");
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      {port && (
        <nav aria-label="Task pane">
          <TabList size="small" className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
            {views.map((v) => (
              <Tab key={v.id} value={v.id}>
                {v.label}
              </Tab>
            ))}
          </TabList>
        </nav>
      )}
      <main className={styles.main} aria-label={views.find((v) => v.id === view)?.label ?? "Home"}>
        {(view === "home" || !port) && <Home runtime={runtime} port={port} />}
        {view === "check" && port && <Check port={port} />}
        {view === "assess" && port && <AssessWizard port={port} />}
        {view === "report" && port && <Report port={port} />}
        {view === "explain" && port && <Explain port={port} />}
      </main>
    </FluentProvider>
  );
}
