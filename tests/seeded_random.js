// mulberry32: a small seeded generator, so every "random" test input is the same on every run
// (the answer-set corpus, the WASM property tests, the schema differential test).
'use strict';

/** @returns a function giving numbers in [0, 1), the same sequence for the same seed */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { rng };
