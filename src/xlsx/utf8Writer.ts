/**
 * Text written as UTF-8 into one growing buffer, for the large parts of an output sheet: a megabyte of
 * XML held as one string costs twice, once to join its pieces and once to encode them.
 */
export class Utf8Writer {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;

  write(text: string): void {
    const most = this.used + 3 * text.length;
    if (most > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(most, 2 * this.buffer.length));
      this.buffer.copy(larger, 0, 0, this.used);
      this.buffer = larger;
    }
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  /** The bytes written so far. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}
