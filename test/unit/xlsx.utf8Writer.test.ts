import { Utf8Writer } from "../../src/xlsx/utf8Writer";

describe("Utf8Writer", () => {
  it("gives the same bytes as encoding the joined text, across growth and with characters of one to four bytes", () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `<c r="A${i}"><t>£${i} – “Kent” 東京 😀 ${"x".repeat(i % 50)}</t></c>`);
    const writer = new Utf8Writer();
    for (const p of pieces) writer.write(p);
    const expected = Buffer.from(pieces.join(""), "utf8");
    expect(expected.length).toBeGreaterThan(1 << 17);
    expect(writer.bytes().equals(expected)).toBe(true);
  });

  it("gives no bytes when nothing is written, and one long text written at once", () => {
    expect(new Utf8Writer().bytes().length).toBe(0);
    const writer = new Utf8Writer();
    const long = "é".repeat(200_000);
    writer.write(long);
    expect(writer.bytes().toString("utf8")).toBe(long);
  });
});
