import { withSheetTitles } from "../../src/xlsx/appProperties";

const vt = 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';

describe("the list of sheet titles in docProps/app.xml", () => {
  it("adds new sheets at the end of the worksheets group, before the named ranges Excel lists after them", () => {
    // As Excel writes it for a workbook with two sheets and one named range.
    const app = `<Properties ${vt}><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>About</vt:lpstr><vt:lpstr>Data</vt:lpstr><vt:lpstr>Data!Kent</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
    expect(withSheetTitles(app, ["Profile", "R&D"])).toBe(
      `<Properties ${vt}><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>About</vt:lpstr><vt:lpstr>Data</vt:lpstr><vt:lpstr>Profile</vt:lpstr><vt:lpstr>R&amp;D</vt:lpstr><vt:lpstr>Data!Kent</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
    );
  });

  it("leaves a part without the list (as openpyxl and LibreOffice write it) unchanged", () => {
    const app = `<Properties><Application>Microsoft Excel</Application><AppVersion>3.0</AppVersion></Properties>`;
    expect(withSheetTitles(app, ["Profile"])).toBe(app);
  });

  it("leaves the part unchanged when it cannot tell which group is the worksheets", () => {
    const app = `<Properties ${vt}><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Листы</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>About</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
    expect(withSheetTitles(app, ["Profile"])).toBe(app);
  });
});
