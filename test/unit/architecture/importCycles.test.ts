import * as fs from "node:fs";
import * as path from "node:path";
import { importsOf } from "./imports";

/**
 * No import circle in the engine: a module never depends, through any chain of imports (type imports
 * included), on itself. Imports are read with the TypeScript parser, not a pattern.
 */
const root = path.resolve(__dirname, "../../../src/engine");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Every circle found by a depth-first walk, each as the chain of files that closes on itself. */
function importCircles(files: readonly string[], edges: (file: string) => readonly string[]): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const next of edges(file)) {
      if (state.get(next) === "open") circles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return circles;
}

describe("engine imports", () => {
  it("finds a circle when there is one (the check can fail)", () => {
    const graph: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["a"], d: ["a"] };
    expect(importCircles(Object.keys(graph), (f) => graph[f] ?? [])).toEqual([["a", "b", "c", "a"]]);
  });

  it("has no import circle in src/engine", () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const circles = importCircles(files, importsOf).map((c) => c.map((f) => path.relative(root, f)).join(" -> "));
    expect(circles).toEqual([]);
  });
});
