import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";

/** The metadata Excel is given (dist/functions.json), as far as the tests read it. */
export interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
    options?: { volatile?: boolean; stream?: boolean };
  }[];
}

/** Generates the metadata from functions/functions.ts's JSDoc and signatures, as the build does; fails on any error it reports. */
export async function generatedMetadata(): Promise<Metadata> {
  const generated = await generateCustomFunctionsMetadata(path.join(__dirname, "../../functions/functions.ts"));
  expect(generated.errors).toEqual([]);
  return JSON.parse(generated.metadataJson) as Metadata;
}
