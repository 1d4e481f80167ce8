import { customFunctionsStandIn } from "../../functions/runtime";

/** The add-in's functions by Excel name, callable with plain argument values. */
export type FunctionTable = Readonly<Record<string, (...args: unknown[]) => unknown>>;

interface CustomFunctionsGlobal {
  associate?: (...args: unknown[]) => void;
  [key: string]: unknown;
}

let table: Promise<FunctionTable> | null = null;

/**
 * Loads the functions for re-running them, on first use. The module that declares them also registers
 * them with Excel (the metadata plugin appends CustomFunctions.associate calls), and the shared
 * runtime has registered them already: registration is made a no-op while the module loads, so the
 * same ids are never associated twice. Outside Office (the preview) a stand-in for CustomFunctions is
 * installed first.
 */
export function loadFunctions(): Promise<FunctionTable> {
  table ??= (async () => {
    const scope = globalThis as { CustomFunctions?: CustomFunctionsGlobal };
    scope.CustomFunctions ??= { ...customFunctionsStandIn };
    const runtime = scope.CustomFunctions;
    const associate = runtime.associate;
    runtime.associate = () => undefined;
    try {
      const { customFunctions } = await import(/* webpackChunkName: "explain-functions" */ "../../functions/registry");
      return customFunctions as unknown as FunctionTable;
    } finally {
      if (associate) runtime.associate = associate;
      else delete runtime.associate;
    }
  })();
  return table;
}
