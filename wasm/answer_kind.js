// The kind of one answer as the engine reads it, numbered as `enum Kind` in wasm/js_input.cpp
// (missing, number, text, true, false, list, other). One function for both readers there (an
// answer list, and the answers of many rows); linked with --pre-js, so the EM_JS bodies see it.
/**
 * @param {*} v
 * @return {number}
 */
function crossroadsAnswerKind(v) {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return 1;
  if (typeof v === 'string') return 2;
  if (v === true) return 3;
  if (v === false) return 4;
  if (Array.isArray(v)) return 5;
  return 6;
}
