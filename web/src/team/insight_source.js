// Where the team view gets the engine's insight (reliability, how firm each band is, the privacy
// floor) for the input on screen, so that changing the floor or the anonymous switch shows it
// again without scoring anything again: a CSV file's stream is kept alive (it holds the tally of
// every row fed to it) and asked again; links and example data keep their rows for teamInsight.
// The math is the engine's (docs/engine-api.md); this file only keeps what to ask and asks it.

/**
 * The insight of rows scored by one questionnaire's handle ({ id, answers } each).
 * @param columns the engine's columns of these rows, or null when every row is covered
 */
export function rowsInsight(handle, rows, columns = null) {
  return {
    of: (minGroup) => handle.teamInsight(rows, minGroup),
    covers: (each) => columns === null || each === columns,
    release() {},
  };
}

/** The insight of a CSV stream (every row fed so far); release() deletes the stream, once. */
export function streamInsight(stream) {
  let alive = true;
  return {
    of: (minGroup) => stream.insight(minGroup),
    covers: () => true,
    release() {
      if (alive) stream.delete();
      alive = false;
    },
  };
}

/**
 * What the results show for this tally with this floor and switch: { insight (the engine's, or
 * null when it has none), minGroup, anonymous, suppressed, covers(columns) }.
 * suppressed: the engine's (n < floor). Links made with an earlier version are not in the
 * engine's insight (it reads one questionnaire), so when some are shown the same floor is held
 * against everyone shown.
 */
export function insightView(tally, minGroup, anonymous) {
  const source = tally.insightFrom;
  let insight = null;
  try {
    const out = source && source.of(minGroup);
    insight = out && out.ok ? out : null;
  } catch {
    insight = null;  // reported in the section as figures that could not be worked out
  }
  const people = tally.people.rows.length;
  const suppressed = insight && insight.n === people ? insight.suppressed : people < minGroup;
  return { insight, minGroup, anonymous, suppressed, covers: source ? source.covers : () => false };
}
