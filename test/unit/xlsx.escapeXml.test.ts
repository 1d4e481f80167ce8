import { escapeXml } from "../../src/xlsx/xml";

/** XML 1.0's Char production (section 2.2), in the Basic Multilingual Plane: what a text may hold. */
const xmlChar = (c: number): boolean => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);

describe("text written into a part", () => {
  it("keeps every character XML 1.0 allows and removes the others, for every character of the Basic Multilingual Plane", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const out = escapeXml(`a${ch}b`);
      const kept = out !== "ab";
      if (kept !== xmlChar(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("escapes markup and keeps characters beyond the Basic Multilingual Plane", () => {
    expect(escapeXml(`O'Brien & "Partners" <b>\u0007bold</b> 😀`)).toBe(`O'Brien &amp; &quot;Partners&quot; &lt;b&gt;bold&lt;/b&gt; 😀`);
  });
});
