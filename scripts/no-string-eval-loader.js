/**
 * A webpack loader that takes the string-compiling code out of two libraries, so that no bundle holds
 * eval or new Function (checked by test/e2e/taskpane.e2e.test.ts and .ci/run); the add-in's Content
 * Security Policy forbids compiling strings anyway.
 *
 * - ExcelJS's browser build carries a setImmediate polyfill that turns a string argument into code;
 *   the add-in never passes a string, so the polyfill gets a function that does nothing instead.
 * - zod probes whether `new Function` works and can compile parsers with it; the engine runs zod
 *   jitless (src/engine/workbook/schema.ts), so the probe answers "no" and compiling is refused.
 *
 * Options: `replacements`, a list of [search, replace] strings; each must be found, or the build warns
 * (the library has changed: look again).
 */
module.exports = function noStringEval(source) {
  const { replacements = [] } = this.getOptions();
  let out = source;
  for (const [search, replace] of replacements) {
    if (!out.includes(search)) {
      this.emitWarning(new Error(`no-string-eval-loader: "${search}" was not found in ${this.resourcePath}; check the library`));
      continue;
    }
    out = out.split(search).join(replace);
  }
  return out;
};
