import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";

/**
 * No user text written inline in the faces: the task pane's views and hooks and the `ra` command's help
 * take their words from the message catalogue (src/engine/messages). Sources are read with the
 * TypeScript parser, not a pattern, and every string with a letter in a place a user reads is reported
 * with its file and line.
 */
const root = path.resolve(__dirname, "../../..");

/** Attributes whose value a user reads or hears. */
const spokenAttributes = new Set(["label", "title", "placeholder", "aria-label", "aria-description", "alt", "hint", "content", "caption", "validationMessage", "fallback"]);
/** Object keys whose value a view shows as words (a notice's title, a button's label, a message's text). */
const spokenKeys = new Set(["label", "title", "text", "line", "message", "place", "caption", "placeholder", "hint"]);
/** Strings with letters that are not words for people: the prefix of the add-in's function names ("RA.CRIMERATE"). */
const allowed = new Set<string>(["RA."]);

const hasWords = (text: string): boolean => /[A-Za-z]{2,}/.test(text) && !allowed.has(text.trim());

function sourceFiles(dir: string, keep: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full, keep);
    return keep(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, kind);
}

const equalities = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** The literal texts (strings and the fixed parts of template strings) within an expression. */
function literalsIn(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((s) => s.literal), ...node.templateSpans.flatMap((s) => literalsIn(s.expression))];
  if (ts.isCallExpression(node)) return node.arguments.flatMap(literalsIn);
  // A comparison's strings are values it tests ("busy", "excel"), not words shown.
  if (ts.isBinaryExpression(node) && equalities.has(node.operatorToken.kind)) return [];
  // Conditions are tested, not shown: only the branches and what follows && can be words.
  if (ts.isConditionalExpression(node)) return [...literalsIn(node.whenTrue), ...literalsIn(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return literalsIn(node.right);
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return [];
  const found: ts.Node[] = [];
  node.forEachChild((child) => void found.push(...literalsIn(child)));
  return found;
}

function textOf(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText();
}

function where(source: ts.SourceFile, node: ts.Node, text: string): string {
  const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  return `${path.relative(root, source.fileName)}:${line} ${JSON.stringify(text.trim())}`;
}

/** Words a task pane source shows that are written in it: JSX text, spoken attributes, JSX expressions and spoken keys. */
export function inlinePaneTexts(file: string): string[] {
  const source = parse(file);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const text = textOf(node);
    if (hasWords(text)) found.push(where(source, node, text));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) found.push(where(source, node, node.text));
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (spokenAttributes.has(name) && node.initializer) literalsIn(node.initializer).forEach(report);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      literalsIn(node.expression).forEach(report);
    } else if (ts.isPropertyAssignment(node) && !ts.isObjectLiteralExpression(node.initializer) && spokenKeys.has(node.name.getText(source).replace(/^["']|["']$/g, ""))) {
      literalsIn(node.initializer).forEach(report);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** Help text written in the command's definition: descriptions, argument and option help, help after. */
export function inlineHelpTexts(file: string): string[] {
  const source = parse(file);
  const found: string[] = [];
  // The first argument of these is a name or a place ("--force", "<file.xlsx>", "after"), not words.
  const skipFirst = new Set(["option", "requiredOption", "argument", "addHelpText"]);
  const helpCalls = new Set([...skipFirst, "description", "summary", "showHelpAfterError", "helpOption", "usage"]);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && helpCalls.has(node.expression.name.text)) {
      const args = skipFirst.has(node.expression.name.text) ? node.arguments.slice(1) : node.arguments;
      for (const arg of args) for (const lit of literalsIn(arg)) if (hasWords(textOf(lit))) found.push(where(source, lit, textOf(lit)));
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

const paneFiles = sourceFiles(path.join(root, "taskpane"), (name) => /\.tsx?$/.test(name));

describe("user text comes from the message catalogue, not inline", () => {
  it("finds the task pane's views and hooks to scan", () => {
    expect(paneFiles.filter((f) => f.endsWith(".tsx")).length).toBeGreaterThan(10);
    expect(paneFiles.some((f) => f.endsWith("useAssessWizard.ts"))).toBe(true);
  });

  it("has no inline text in the task pane", () => {
    expect(paneFiles.flatMap(inlinePaneTexts)).toEqual([]);
  });

  it("has no inline help in the command", () => {
    expect(inlineHelpTexts(path.join(root, "src/cli/main.ts"))).toEqual([]);
  });

  it("would find a planted text of each kind", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inline-"));
    const view = path.join(dir, "Planted.tsx");
    fs.writeFileSync(
      view,
      [
        "export const A = () => <div>Plain words</div>;",
        'export const B = () => <Button aria-label="Close the pane" />;',
        'export const C = (x: boolean) => <p>{x ? "Graded." : ""}</p>;',
        'export const D = () => <Notice action={{ label: "Open Check" }} />;',
        'export const E = () => <p className="root" id="home-title">{"—"}</p>;',
      ].join("\n"),
    );
    const command = path.join(dir, "main.ts");
    fs.writeFileSync(command, 'ra.command("x").argument("<file.xlsx>", "the workbook").description(`Write ${a} here`).option("--out <folder>", help.out, "2008/09");');
    try {
      expect(inlinePaneTexts(view).map((f) => f.replace(/^.*Planted\.tsx/, "Planted.tsx"))).toEqual([
        'Planted.tsx:1 "Plain words"',
        'Planted.tsx:2 "Close the pane"',
        'Planted.tsx:3 "Graded."',
        'Planted.tsx:4 "Open Check"',
      ]);
      expect(inlineHelpTexts(command).map((f) => f.replace(/^.*main\.ts/, "main.ts")).sort()).toEqual(['main.ts:1 "Write"', 'main.ts:1 "here"', 'main.ts:1 "the workbook"']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
