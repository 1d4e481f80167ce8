/** The open-letter rule, contacts from the Forces table, and the content of both letters on a small workbook. */
import { assessForce, readInputs, readSettings } from "../../../src/engine/assessment";
import { openSession } from "../../../src/engine/session";
import { contactsOf, feedbackLetter, letterGrades, letterProse, openLetter, shortFalls, type LetterGrade } from "../../../src/engine/letters";
import { readability, writeForceReport } from "../../../src/engine/narrative";
import { validSnapshot, withTable } from "../workbook/builders";

const scale = ["Excellent", "Good", "Fair", "Poor"];
const grade = (domain: string, shown: string | null): LetterGrade => ({ domain, recommended: shown, finalGrade: "", reason: "", assessor: "", date: "", shown, final: false });

describe("the open-letter rule", () => {
  it("applies to the lowest grade of the Scale, and to a fall of two grades or more", () => {
    const previous = new Map([
      ["Local Crime and Policing", "Excellent"],
      ["Protection from Serious Harm", "Good"],
      ["Confidence and Satisfaction", "Excellent"],
    ]);
    const falls = shortFalls([grade("Local Crime and Policing", "Fair"), grade("Protection from Serious Harm", "Fair"), grade("Confidence and Satisfaction", "Poor")], scale, previous);
    expect(falls).toEqual([
      // Excellent (1st) to Fair (3rd): two grades down.
      { domain: "Local Crime and Policing", grade: "Fair", previous: "Excellent", reason: "fell two grades" },
      // Poor is the last grade; it is reported as the lowest, whatever came before.
      { domain: "Confidence and Satisfaction", grade: "Poor", previous: "Excellent", reason: "lowest grade" },
    ]);
  });

  it("does not apply to one grade down, no grade, or a grade not on the Scale", () => {
    expect(shortFalls([grade("Local Crime and Policing", "Good"), grade("Protection from Serious Harm", null), grade("Confidence and Satisfaction", "Awful")], scale, new Map([["Local Crime and Policing", "Excellent"]]))).toEqual([]);
    expect(shortFalls([grade("Local Crime and Policing", "Poor")], ["Good", "Poor"])).toHaveLength(1);
  });
});

describe("letters", () => {
  // The template (1.1) has a Chief constable column; the chair and the address are optional extra columns.
  const snapshot = withTable(validSnapshot(), "Forces", (t) => {
    const chief = t.columns.indexOf("Chief constable");
    return {
      ...t,
      columns: [...t.columns, "Police authority chair", "Address"],
      rows: t.rows.map((r) => [...r.map((v, i) => (i === chief && r[0] === "Kent" ? "Jane Doe" : v)), r[0] === "Kent" ? "John Roe" : null, r[0] === "Kent" ? "Sutton Road, Maidstone" : null]),
    };
  });
  const inputs = readInputs(snapshot);
  const settings = readSettings(inputs);
  const result = assessForce(inputs, settings, "Kent");
  if (!result.ok) throw new Error("Kent cannot be assessed");
  const a = result.value;
  const grades = letterGrades(a, openSession(snapshot));
  const facts = { assessment: a, report: writeForceReport(a), grades, settings, contacts: contactsOf(snapshot, "Kent"), commentsDue: "31 July 2009" };

  it("takes names and the address from optional Forces columns, and reports what is missing", () => {
    expect(contactsOf(snapshot, "kent")).toEqual({ chiefConstable: "Jane Doe", chair: "John Roe", address: "Sutton Road, Maidstone" });
    expect(feedbackLetter(facts).placeholders).toEqual([]);
    const essex = feedbackLetter({ ...facts, contacts: contactsOf(snapshot, "Essex"), commentsDue: "" });
    expect(essex.placeholders.map((p) => p.params.what)).toEqual(["the chief constable's name", "the police authority chair's name", "the address", "the date comments are due"]);
    expect(letterProse(essex)).toContain("[name of the chief constable]");
  });

  it("gives the grades with their meaning, real headings and tables, is DRAFT until Final, and reads as plain English", () => {
    const letter = feedbackLetter(facts);
    expect(letter.draft).toBe(true);
    expect(letterProse(letter)).toContain("DRAFT");
    const headings = letter.blocks.filter((b) => b.kind === "heading").map((b) => (b.kind === "heading" ? `${b.level} ${b.text}` : ""));
    expect(headings).toEqual(expect.arrayContaining(["2 Your grades", "2 Local Crime and Policing", "3 What the force does well", "3 Where the force must improve", "2 The actions you told us about"]));
    const grid = letter.blocks.find((b) => b.kind === "table");
    expect(grid).toMatchObject({ header: ["Area", "Grade", "Status"] });
    for (const g of grades) expect(JSON.stringify(letter.blocks)).toContain(`"${g.domain}","${g.shown ?? "Not enough data"}"`);
    // The action of the workbook's Actions table, with its owner.
    expect(JSON.stringify(letter.blocks)).toContain('"Burglary reduction plan","ACC Crime","2009-12"');
    expect(readability(letterProse(letter)).fleschReadingEase).toBeGreaterThanOrEqual(60);

    const final = feedbackLetter({ ...facts, grades: grades.map((g) => ({ ...g, final: true })) });
    expect(final.draft).toBe(false);
    expect(letterProse(final)).not.toContain("DRAFT");
  });

  it("writes the open letter for publication: what fell short, why, what to do and when we report again", () => {
    const lowest = grades.map((g, i) => (i === 0 ? { ...g, finalGrade: "Poor", reason: "Burglary detections fell", shown: "Poor" } : g));
    const falls = shortFalls(lowest, settings.scale);
    expect(falls).toHaveLength(1);
    const letter = openLetter({ ...facts, grades: lowest }, falls, "31 March 2010");
    expect(letter.forPublication).toBe(true);
    const headings = letter.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    expect(headings).toEqual(["Open letter to Kent and its police authority", "What fell short", `Why: ${falls[0]?.domain}`, "What we ask you to do", "When we will report again"]);
    expect(letterProse(letter)).toContain("by 31 March 2010");
    expect(readability(letterProse(letter)).fleschReadingEase).toBeGreaterThanOrEqual(60);
  });

  it("says who decided the grade and when in the open letter's Why, not the method's recommendation (issue 16)", () => {
    const [first] = grades;
    if (!first) throw new Error("Kent has no graded domain");
    const why = (g: LetterGrade) => {
      const letter = openLetter({ ...facts, grades: [g, ...grades.slice(1)] }, shortFalls([g], settings.scale));
      const at = letter.blocks.findIndex((b) => b.kind === "heading" && b.text === `Why: ${first.domain}`);
      const next = letter.blocks[at + 1];
      return next?.kind === "paragraph" ? next.text : "";
    };
    const decided = { ...first, finalGrade: "Poor", shown: "Poor", reason: "Burglary detections fell.", assessor: "R. Hale", date: "2009-06-30" };
    expect(first.recommended).not.toBe("Poor");
    expect(why(decided)).toBe(`R. Hale decided on the grade Poor on 2009-06-30. Our method gave ${first.recommended}. The reason for the change: Burglary detections fell.`);
    expect(why({ ...decided, recommended: "Poor", reason: "", date: "" })).toBe("R. Hale decided on the grade Poor. This is the grade our method gave.");
    expect(why({ ...decided, assessor: "" })).toMatch(/^The assessor decided on the grade Poor on 2009-06-30\./);
    // Nobody has decided: the report's own grade sentences, which say what the method recommends.
    expect(why({ ...first, shown: "Poor" })).toMatch(new RegExp(`we recommend (the grade )?${first.recommended}\\.`, "i"));
    for (const g of [decided, { ...decided, recommended: "Poor" }]) expect(why(g)).not.toContain("We recommend");
  });
});
