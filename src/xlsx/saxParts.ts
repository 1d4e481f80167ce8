import { SaxesParser } from "saxes";
import { entryBytes, type ZipEntry } from "./zip";

/** A part of the package that is missing or cannot be read (bad compression, XML that is not well formed). */
export class PartError extends Error {}

/** What a part's reader is told: elements by local name (any namespace prefix dropped), attributes by qualified name, text decoded. */
export interface XmlHandlers {
  open(local: string, attributes: Record<string, string>): void;
  close?(local: string): void;
  text?(text: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Reads XML text with saxes, calling `handlers`; a part that is not well formed is a {@link PartError} naming it. */
export function parseXml(part: string, xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    if (error instanceof PartError || error instanceof TypeError || error instanceof RangeError) throw error;
    throw new PartError(`${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The parts of a package by lower-case name (part names are not case-sensitive), read as text on demand. */
export class PartReader {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  /** The part's text; a {@link PartError} when it is missing or cannot be inflated. */
  text(part: string): string {
    const entry = this.byName.get(part.toLowerCase());
    if (!entry) throw new PartError(`${part} is missing`);
    try {
      return entryBytes(entry).toString("utf8");
    } catch (error) {
      throw new PartError(`${part}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The part's text, or undefined when the package has no such part. */
  optionalText(part: string): string | undefined {
    return this.has(part) ? this.text(part) : undefined;
  }
}
