import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

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

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((f) => fs.existsSync(f));
}

/** The modules a file imports at run time: static imports and re-exports that are not type-only. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specs: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const onlyTypes = clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) specs.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specs.push(node.moduleSpecifier.text);
    }
  }
  return specs.flatMap((s) => resolveImport(file, s) ?? []);
}

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
    const files = [...reached(entryPoints, runtimeImports)].map((f) => path.relative(project, f));
    expect(files).toEqual(expect.arrayContaining(["taskpane/App.tsx", "taskpane/home/Home.tsx", "taskpane/assess/useAssessWizard.ts", "taskpane/workbook/lazyPort.ts"]));
    expect(files).not.toContain("taskpane/session/paneEngine.ts");
    expect(files).not.toContain("taskpane/office/officeWorkbook.ts");
  });

  it("is loaded by entries that import nothing at run time but the wait for the shell's first paint (and its words)", () => {
    expect([...reached(shells, runtimeImports)].map((f) => path.relative(project, f)).sort()).toEqual(["src/engine/messages/faceText.ts", "taskpane/afterFirstPaint.ts", "taskpane/index.tsx", "taskpane/preview/index.tsx"]);
  });

  it("reaches no engine module but the words and the catalogue Home shows", () => {
    const engine = [...reached(entryPoints, runtimeImports)].map((f) => path.relative(project, f)).filter((f) => f.startsWith("src/"));
    expect(engine.filter((f) => !allowed.includes(f))).toEqual([]);
  });
});
