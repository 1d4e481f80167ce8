/**
 * What the .xlsx adapter's zip code (src/xlsx/zip.ts) uses of Node's zlib, for the browser: raw
 * deflate and inflate by fflate, and CRC-32 by SheetJS's crc-32, with Node's return types. The
 * preview and the pane's regional-copy reader load that adapter; webpack puts this module in place of
 * node:zlib for them.
 */
import { Buffer } from "buffer";
import CRC32 from "crc-32";
import { deflateSync, inflateSync } from "fflate";

/** The CRC-32 of bytes, unsigned, as Node's zlib.crc32 gives it. */
export function crc32(data: Uint8Array | string): number {
  return (typeof data === "string" ? CRC32.str(data) : CRC32.buf(data)) >>> 0;
}

/** Raw DEFLATE data inflated. */
export function inflateRawSync(data: Uint8Array): Buffer {
  return Buffer.from(inflateSync(data));
}

/** Bytes compressed as raw DEFLATE data (no zlib header), at `level` (default 6, as Node's). */
export function deflateRawSync(data: Uint8Array, options: { level?: number } = {}): Buffer {
  const level = options.level ?? 6;
  return Buffer.from(deflateSync(data, { level: Math.min(9, Math.max(0, level)) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }));
}
