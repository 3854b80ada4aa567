// Counts the time spent answering: running only while a statement is on screen and the page is visible.
export function createStopwatch(startMs = 0) {
  let total = startMs;
  let since = null;
  return {
    start() {
      if (since === null) since = performance.now();
    },
    stop() {
      if (since !== null) total += performance.now() - since;
      since = null;
    },
    reset(ms = 0) {
      total = ms;
      if (since !== null) since = performance.now();
    },
    elapsedMs: () => Math.round(total + (since === null ? 0 : performance.now() - since)),
  };
}
