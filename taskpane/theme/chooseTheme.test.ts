import { chooseThemeName, luminance } from "./chooseTheme";

describe("chooseThemeName", () => {
  it.each([
    [{ forcedColors: true, prefersDark: false, officeBackground: "#ffffff" }, "high-contrast"],
    [{ forcedColors: false, prefersDark: true, officeBackground: "#FFFFFF" }, "light"],
    [{ forcedColors: false, prefersDark: false, officeBackground: "#262626" }, "dark"],
    [{ forcedColors: false, prefersDark: true, officeBackground: null }, "dark"],
    [{ forcedColors: false, prefersDark: false, officeBackground: null }, "light"],
    [{ forcedColors: false, prefersDark: true, officeBackground: "not a colour" }, "dark"],
  ] as const)("%j gives %s", (signals, expected) => {
    expect(chooseThemeName(signals)).toBe(expected);
  });
});

describe("luminance", () => {
  it("runs from black to white and reads short hex", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#fff")).toBeCloseTo(1);
    expect(luminance("blue")).toBeNull();
  });
});
