import type { Theme } from "@fluentui/react-components";
import { chooseThemeName, themeFor } from "./chooseTheme";
import { useMediaQuery } from "./useMediaQuery";

/** The Fluent theme that follows forced colours, Office's theme and the OS colour scheme. */
export function useTheme(officeBackground: string | null): Theme {
  const forcedColors = useMediaQuery("(forced-colors: active)");
  const prefersDark = useMediaQuery("(prefers-color-scheme: dark)");
  return themeFor(chooseThemeName({ forcedColors, prefersDark, officeBackground }));
}
