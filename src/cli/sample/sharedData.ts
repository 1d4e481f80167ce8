import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One parsed CSV file: header names and rows of text. */
export interface Csv {
  readonly header: readonly string[];
  readonly rows: readonly Record<string, string>[];
}

/** Parses simple CSV (double-quoted fields may hold commas and doubled quotes). */
export function parseCsv(text: string): Csv {
  const lines = text.replace(/\r/g, "").split("\n").filter((l) => l.trim() !== "");
  const split = (line: string): string[] => {
    const out: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ",") {
        out.push(field);
        field = "";
      }
      else field += ch;
    }
    out.push(field);
    return out;
  };
  const header = split(lines[0] ?? "");
  const rows = lines.slice(1).map((l) => {
    const cells = split(l);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
  return { header, rows };
}

/** The files of ../shared/data the sample uses (hmic/: HMIC's Value for Money data; see each .source.txt). */
export const sharedFiles = {
  crime: "ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10.csv",
  funding: "hmic/hmic_vfm2010_funding_per_head_2005_2010.csv",
  workforce: "hmic/hmic_vfm2010_workforce_fte_2005_2009.csv",
  workforce2012: "hmic/hmic_vfm2012_workforce_fte_2006_2012.csv",
  budget: "hmic/hmic_vfm2010_expenditure_2009_10_estimates.csv",
  offences2010: "hmic/hmic_vfm2010_recorded_offences_2005_06_and_2008_09.csv",
  trends: "hmic/hmic_vfm2012_crime_trends_2001_02_to_2011_12.csv",
  byType: "hmic/hmic_vfm2012_recorded_crime_by_type_2008_09_and_2011_12.csv",
  detections: "hmic/hmic_vfm2012_sanction_detections_by_type_2008_09_and_2011_12.csv",
  surveys: "hmic/hmic_vfm2010_confidence_satisfaction_2008_09.csv",
  households: "hmic/hmic_vfm2012_population_households.csv",
  assets: "hmic/hansard_asset_recovery_east_of_england_2003_2007.csv",
} as const;

export type SharedData = { readonly [K in keyof typeof sharedFiles]: Csv };

/** Where ../shared/data is: RA_SHARED_DATA if set, else beside the project folder; undefined when absent. */
export function sharedDataFolder(projectRoot: string): string | undefined {
  const folder = process.env.RA_SHARED_DATA ?? join(projectRoot, "..", "shared", "data");
  return Object.values(sharedFiles).every((f) => existsSync(join(folder, f))) ? folder : undefined;
}

/** Reads the shared data files. */
export function readSharedData(folder: string): SharedData {
  const read = (f: string) => parseCsv(readFileSync(join(folder, f), "utf8"));
  return Object.fromEntries(Object.entries(sharedFiles).map(([key, file]) => [key, read(file)])) as unknown as SharedData;
}
