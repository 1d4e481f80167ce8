import { parseXml } from "./saxParts";

/** Text with the `_xHHHH_` escapes of Office Open XML (characters XML cannot hold) decoded. */
export function decodeEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * Collects the text of a string item (`si` in sharedStrings, `is` in a cell): its `t` elements, the
 * runs of rich text joined, phonetic runs (`rPh`) left out.
 */
export class StringItem {
  private pieces: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(local: string): void {
    if (local === "rPh") this.phonetic++;
    else if (local === "t" && this.phonetic === 0) this.inText = true;
  }

  close(local: string): void {
    if (local === "rPh") this.phonetic--;
    else if (local === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.pieces.push(text);
  }

  /** The item's text ("" when it has none), and a fresh start for the next item. */
  take(): string {
    const text = decodeEscapes(this.pieces.join(""));
    this.pieces = [];
    this.inText = false;
    this.phonetic = 0;
    return text;
  }
}

/** The shared strings part's items in order, each as plain text. */
export function readSharedStrings(part: string, xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItem();
  let inItem = false;
  parseXml(part, xml, {
    open(local) {
      if (local === "si") inItem = true;
      else if (inItem) item.open(local);
    },
    close(local) {
      if (local === "si") {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(local);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}
