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

/** The files of ../shared/data the sample uses. */
export const sharedFiles = {
  crime: "ho_rec_crime_43forces_key_offences_fy2005-06_to_2009-10.csv",
  population: "population_2010_by_force.csv",
  bandD: "band_d_precept_yorkshire_2002-03_to_2009-10.csv",
  pcso: "pcso_per_100k_by_force_2006.csv",
  detections: "national_sanction_detection_rates_2002-03_to_2006-07.csv",
  nre: "national_police_nre_and_grants_1997-98_to_2008-09.csv",
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
  return {
    crime: read(sharedFiles.crime),
    population: read(sharedFiles.population),
    bandD: read(sharedFiles.bandD),
    pcso: read(sharedFiles.pcso),
    detections: read(sharedFiles.detections),
    nre: read(sharedFiles.nre),
  };
}
