import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * A zip entry as stored: its compressed bytes are kept as they were read, so an entry that is not
 * replaced is written back byte for byte without being inflated or compressed again.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly data: Uint8Array;
}

const STORED = 0;
const DEFLATED = 8;

function u16(b: Buffer, at: number): number {
  return b.readUInt16LE(at);
}

function u32(b: Buffer, at: number): number {
  return b.readUInt32LE(at);
}

/** Thrown for bytes that are not a zip this reader understands (a damaged or cut-short file). */
export class ZipError extends Error {}

function endOfCentralDirectory(b: Buffer): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65535); at--) {
    if (u32(b, at) === 0x06054b50) return at;
  }
  throw new ZipError("no end of central directory");
}

/** The entries of a zip archive, in their stored order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(b);
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError("zip64 archives are not read");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new ZipError("damaged central directory");
    const method = u16(b, at + 10);
    const crc = u32(b, at + 16);
    const compressedSize = u32(b, at + 20);
    const size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const local = u32(b, at + 42);
    const name = b.toString("utf8", at + 46, at + 46 + nameLength);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw new ZipError("damaged local header");
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + compressedSize > b.length) throw new ZipError("cut short");
    entries.push({ name, method, crc, compressedSize, size, data: b.subarray(start, start + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Buffer {
  if (entry.method === STORED) return Buffer.from(entry.data);
  if (entry.method === DEFLATED) return inflateRawSync(entry.data);
  throw new ZipError(`compression method ${entry.method} is not read`);
}

/** An entry holding `content`, deflated (or stored when `store`). */
export function makeEntry(name: string, content: Uint8Array | string, store = false): ZipEntry {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const data = store ? raw : deflateRawSync(raw, { level: 6 });
  return { name, method: store ? STORED : DEFLATED, crc: crc32(raw) >>> 0, compressedSize: data.length, size: raw.length, data };
}

/** A zip archive of `entries`, in order, each with its compressed bytes as given. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // 1 January 2009, 00:00 in DOS time: fixed, so the same content gives the same bytes.
  const dosTime = 0;
  const dosDate = ((2009 - 1980) << 9) | (1 << 5) | 1;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(e.method, 8);
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(e.crc, 14);
    header.writeUInt32LE(e.compressedSize, 18);
    header.writeUInt32LE(e.size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt16LE(dosTime, 12);
    record.writeUInt16LE(dosDate, 14);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.compressedSize, 20);
    record.writeUInt32LE(e.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(header, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength));
    central.push(record, name);
    offset += 30 + name.length + e.data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
