import * as path from "node:path";
import { importsOf } from "./imports";

/**
 * The task pane is drawn before the engine is parsed: what the pane's entry points import at run time
 * (type imports and import() calls left out, as webpack leaves them out of the first script) reaches no
 * engine module but the words and the catalogue Home shows. The engine comes later, through
 * taskpane/session/loadEngine.ts and the views that load on demand.
 */
const project = path.resolve(__dirname, "../../..");
// The pages' entries only wait for the shell to be painted and then load these: the pane's first script.
const entryPoints = ["taskpane/main.tsx", "taskpane/preview/main.tsx"].map((f) => path.join(project, f));
const shells = ["taskpane/index.tsx", "taskpane/preview/index.tsx"].map((f) => path.join(project, f));
const allowed = ["src/engine/messages/faceText.ts", "src/engine/messages/paneLabels.ts", "src/engine/catalogue/dataSets.ts", "src/engine/catalogue/domains.ts"];

const runTimeImports = (file: string): string[] => importsOf(file, true);

function reached(starts: readonly string[], edges: (file: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    edges(f).forEach(walk);
  };
  starts.forEach(walk);
  return seen;
}

describe("the task pane's first script", () => {
  it("is read from the pane's own entry points through their run-time imports (type imports and import() left out)", () => {
    const files = [...reached(entryPoints, runTimeImports)].map((f) => path.relative(project, f));
    expect(files).toEqual(expect.arrayContaining(["taskpane/App.tsx", "taskpane/home/Home.tsx", "taskpane/assess/useAssessWizard.ts", "taskpane/workbook/lazyPort.ts"]));
    expect(files).not.toContain("taskpane/session/paneEngine.ts");
    expect(files).not.toContain("taskpane/office/officeWorkbook.ts");
  });

  it("is loaded by entries that import nothing at run time but the wait for the shell's first paint (and its words)", () => {
    expect([...reached(shells, runTimeImports)].map((f) => path.relative(project, f)).sort()).toEqual(["src/engine/messages/faceText.ts", "taskpane/afterFirstPaint.ts", "taskpane/index.tsx", "taskpane/preview/index.tsx"]);
  });

  it("reaches no engine module but the words and the catalogue Home shows", () => {
    const engine = [...reached(entryPoints, runTimeImports)].map((f) => path.relative(project, f)).filter((f) => f.startsWith("src/"));
    expect(engine.filter((f) => !allowed.includes(f))).toEqual([]);
  });
});
