import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

/** The source file a relative import names (.ts, .tsx or a folder's index), or undefined for a package. */
export function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((f) => fs.existsSync(f));
}

/**
 * The project files a file imports, read with the TypeScript parser: its import and re-export
 * declarations (import() calls are not declarations, so they are left out). With `runTimeOnly`, type-only
 * imports and re-exports are left out too, as the compiler leaves them out of the script.
 */
export function importsOf(file: string, runTimeOnly = false): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specs: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const onlyTypes = clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!(runTimeOnly && onlyTypes)) specs.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !(runTimeOnly && node.isTypeOnly)) {
      specs.push(node.moduleSpecifier.text);
    }
  }
  return specs.flatMap((s) => resolveImport(file, s) ?? []);
}
