import { FluentProvider } from "@fluentui/react-components";
import { useAppStyles, useGlobalStyles } from "./App.styles";
import { Home } from "./home/Home";
import type { Runtime } from "./runtime";
import { useTheme } from "./theme/useTheme";

export interface AppProps {
  readonly runtime: Runtime;
  /** Office's task pane background colour, when Office reports one. */
  readonly officeBackground: string | null;
}

export function App({ runtime, officeBackground }: AppProps) {
  useGlobalStyles();
  const styles = useAppStyles();
  const theme = useTheme(officeBackground);
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <Home runtime={runtime} />
    </FluentProvider>
  );
}
