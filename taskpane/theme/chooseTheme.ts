import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "high-contrast";

export interface ThemeSignals {
  /** The OS asks for forced colours (Windows high contrast). */
  readonly forcedColors: boolean;
  /** The OS or browser prefers a dark colour scheme. */
  readonly prefersDark: boolean;
  /** Office's task pane background (`Office.context.officeTheme.bodyBackgroundColor`), when in Office. */
  readonly officeBackground: string | null;
}

const themes: Readonly<Record<ThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

/** Relative luminance (0 black to 1 white) of a "#rrggbb" or "#rgb" colour, or null if it is not one. */
export function luminance(colour: string): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (hex === undefined) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Forced colours win; then Office's own theme when known; then the OS preference. */
export function chooseThemeName(signals: ThemeSignals): ThemeName {
  if (signals.forcedColors) return "high-contrast";
  const office = signals.officeBackground === null ? null : luminance(signals.officeBackground);
  if (office !== null) return office < 0.4 ? "dark" : "light";
  return signals.prefersDark ? "dark" : "light";
}

export function themeFor(name: ThemeName): Theme {
  return themes[name];
}
