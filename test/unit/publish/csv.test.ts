import { BOM, csvText } from "../../../src/publish/csv";

describe("CSV files of the published site", () => {
  it("start with a UTF-8 byte order mark and end every line with CRLF", () => {
    expect(csvText(["Force", "Figure"], [["Kent", 0.6027]])).toBe(`${BOM}Force,Figure\r\nKent,0.6027\r\n`);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+44 1234", "'+44 1234"],
    ["-2 points", "'-2 points"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "\"'\rCR\""],
    ["Plain text", "Plain text"],
  ])("neutralise formula-like text: %j is written %j", (text, written) => {
    expect(csvText(["A"], [[text]])).toBe(`${BOM}A\r\n${written}\r\n`);
  });

  it("quote commas, quotes and line breaks, keep negative numbers as numbers and write blanks as empty fields", () => {
    expect(csvText(["A", "B", "C", "D"], [['Say "hi", then go', "two\nlines", -2, null]])).toBe(`${BOM}A,B,C,D\r\n"Say ""hi"", then go","two\nlines",-2,\r\n`);
  });

  it("write £ and accents as UTF-8 and an Excel error as its text", () => {
    const text = csvText(["Cost"], [["£48,120 in Ynys Môn"], [{ error: "#DIV/0!" }]]);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toContain('"£48,120 in Ynys Môn"');
    expect(text).toContain("#DIV/0!");
  });
});
