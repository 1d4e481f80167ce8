export const ADDIN_URL_PLACEHOLDER: string;
export const DEFAULT_ADDIN_URL: string;
export const OFFICE_JS_CDN_URL: string;

export interface BuildSettings {
  readonly addinUrl: string;
  readonly officeJs: "local" | "cdn";
  readonly officeJsSrc: string;
}

export function readBuildSettings(env?: Readonly<Record<string, string | undefined>>): BuildSettings;
export function contentSecurityPolicy(options: { officeJs: "local" | "cdn"; page: "office" | "preview" }): string;
export function substituteAddinUrl(xml: string, addinUrl: string): string;
