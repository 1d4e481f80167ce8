import { close, column, excel } from "./call";
import { dataTable, forcesTable, msgTable } from "./templateTables";
import { blankRules } from "./blankRules";

describe("MSGCOMPARE", () => {
  it("spills Kent's comparison row from the template's tables", () => {
    const [row] = excel("MSGCOMPARE", "Kent", "robbery", "2008/09", dataTable, forcesTable, msgTable) as unknown[][];
    // By hand: 1,015 / 1,684,100 x 1,000; exact limits as RATECI's (SciPy chi2.ppf); the group without Kent
    // 3,493 / 5,196,200 x 1,000; lowest of four where lower is better; the funnel call as MSGPOSITION's test
    // (z = -3.02, gap -10.3%); 1,403 to 1,015 robberies is a fall far beyond chance.
    close(row![0], 1015 / 1684100 * 1000, 1e-12);
    close(row![1], 0.566183637, 1e-8);
    close(row![2], 0.640944756, 1e-8);
    close(row![3], 3493 / 5196200 * 1000, 1e-12);
    expect(row!.slice(4)).toEqual([1, 4, "Significantly better than similar forces", "Improved"]);
  });

  it("gives one row per force for a column, with headings when asked", () => {
    const out = excel("MSGCOMPARE", column("Kent", "Sussex"), "robbery", "2008/09", dataTable, forcesTable, msgTable, null, true) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual(["Figure", "Lower", "Upper", "Group average", "Rank", "Of", "Position", "Direction"]);
    // Sussex's group is Kent: 1,015 / 1,684,100 x 1,000.
    close(out[2]![3], 1015 / 1684100 * 1000, 1e-12);
  });
});

blankRules("MSGCOMPARE", ["Kent", "robbery", "2008/09", dataTable, forcesTable, msgTable, null, true]);
