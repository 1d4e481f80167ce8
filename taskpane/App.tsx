import { FluentProvider } from "@fluentui/react-components";
import { useAppStyles, useGlobalStyles } from "./App.styles";
import { Home } from "./home/Home";
import type { Runtime } from "./runtime";
import { useTheme } from "./theme/useTheme";
import type { WorkbookPort } from "./workbook/WorkbookPort";
import { Workspace } from "./Workspace";
import { paneLabels } from "../src/engine/messages/paneLabels";

export interface AppProps {
  readonly runtime: Runtime;
  /** Office's task pane background colour, when Office reports one. */
  readonly officeBackground: string | null;
  /** The workbook the pane works on; null outside Excel and the preview. */
  readonly port: WorkbookPort | null;
}

export function App({ runtime, officeBackground, port }: AppProps) {
  useGlobalStyles();
  const styles = useAppStyles();
  const theme = useTheme(officeBackground);
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      {port ? (
        <Workspace runtime={runtime} port={port} />
      ) : (
        <main className={styles.main} aria-label={paneLabels.workspace.tabs.home}>
          <Home runtime={runtime} port={null} onNavigate={() => undefined} />
        </main>
      )}
    </FluentProvider>
  );
}
