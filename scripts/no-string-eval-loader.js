/**
 * A webpack loader for ExcelJS's browser build, whose bundled setImmediate polyfill turns a string
 * argument into code with `new Function`. The add-in never passes a string, and its Content Security
 * Policy forbids compiling strings: the polyfill is given a function that does nothing instead, so no
 * bundle holds eval or new Function (checked by test/e2e/taskpane.e2e.test.ts).
 */
module.exports = function noStringEval(source) {
  const pattern = /new Function\(""\+e\)/g;
  const count = (source.match(pattern) || []).length;
  if (count === 0) this.emitWarning(new Error("no-string-eval-loader: the expected setImmediate polyfill was not found; check the ExcelJS build"));
  return source.replace(pattern, "function(){}");
};
