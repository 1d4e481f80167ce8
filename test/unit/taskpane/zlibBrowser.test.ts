/**
 * The browser's stand-in for node:zlib (taskpane/workbook/zlib.browser.ts) against Node's own zlib,
 * the reference: the .xlsx adapter's zip code must read and write the same bytes with either.
 */
import { crc32 as nodeCrc32, deflateRawSync as nodeDeflate, inflateRawSync as nodeInflate } from "node:zlib";
import fc from "fast-check";
import { crc32, deflateRawSync, inflateRawSync } from "../../../taskpane/workbook/zlib.browser";
import { entryBytes, makeEntry, readZip, writeZip } from "../../../src/xlsx/zip";

describe("node:zlib in the browser", () => {
  it("gives Node's CRC-32 (0xCBF43926 for '123456789', the check value of the standard)", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => crc32(bytes) === nodeCrc32(bytes) >>> 0));
  });

  it("inflates what Node deflates, and Node inflates what it deflates, byte for byte", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), (bytes, level) => {
        expect(Buffer.compare(inflateRawSync(nodeDeflate(bytes, { level })), Buffer.from(bytes))).toBe(0);
        expect(Buffer.compare(nodeInflate(deflateRawSync(bytes, { level })), Buffer.from(bytes))).toBe(0);
      }),
    );
  });

  it("a zip written with Node's zlib reads back through the same code", () => {
    const text = "<worksheet>" + "<row/>".repeat(500) + "</worksheet>";
    const zip = writeZip([makeEntry("xl/worksheets/sheet1.xml", text), makeEntry("[Content_Types].xml", "<Types/>", true)]);
    const entries = readZip(zip);
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
    if (!sheet) throw new Error("no sheet");
    expect(inflateRawSync(sheet.data).toString("utf8")).toBe(text);
    expect(crc32(entryBytes(sheet))).toBe(sheet.crc);
  });
});
