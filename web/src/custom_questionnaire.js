// The questionnaires this page knows: the built-in one (source "" to the engine), its earlier
// versions (kept by the engine, so what people made with them still opens) and the person's own,
// kept in storage as the JSON text they loaded. The engine checks each one; nothing here reads the
// file's content itself. Each text is opened once: the engine's handle (parsed and checked once)
// is kept for the life of the page, so no call parses a questionnaire again and none leaks.

const opened = new Map();

/**
 * The engine's verdict on a questionnaire text: { ok, questionnaire, handle } (handle: score,
 * encodeShare, decodeShare, exportResult, importResult, resultCsv, scoreRows, scoreCsv, csvStream)
 * or { ok: false, problems }.
 */
export function openQuestionnaire(engine, source) {
  if (!opened.has(source)) opened.set(source, engine.open(source));
  return opened.get(source);
}

let earlier = null;
/** The built-in questionnaire's earlier versions, as the JSON texts the engine keeps. */
export function earlierSources(engine) {
  earlier ??= engine.earlierVersions();
  return earlier;
}

/**
 * [{ source, questionnaire, handle, earlier }] for every readable questionnaire, the one in use first;
 * earlier is true for an earlier version of the built-in questionnaire.
 */
export function knownQuestionnaires(engine, storage, activeSource) {
  const older = earlierSources(engine);
  const sources = [...new Set([activeSource, '', ...older, ...storage.customSources()])];
  return sources.map((source) => ({ source, ...openQuestionnaire(engine, source) }))
    .filter((known) => known.ok)
    .map(({ source, questionnaire, handle }) => ({ source, questionnaire, handle, earlier: older.includes(source) }));
}

/** The known questionnaire a result or history entry was made with ({ id, version }), or null. */
export function findQuestionnaire(known, { id, version }) {
  return known.find(({ questionnaire: q }) => q.id === id && q.version === version) || null;
}

/**
 * Opens something made with one of several questionnaires (a share link, a result file): tries
 * open(candidate) → { ok, error } on each candidate in order, and takes the first that accepts it.
 * Only "another questionnaire" moves on to the next; any other fault is the thing's own.
 * @returns { outcome, candidate }: the accepting outcome, else the first refusal that matters
 */
export function openWithAny(candidates, open) {
  let first = null;
  for (const candidate of candidates) {
    const outcome = open(candidate);
    if (outcome.ok || outcome.error.code !== 'wrong_questionnaire') return { outcome, candidate };
    first ??= { outcome, candidate };
  }
  return first;
}
