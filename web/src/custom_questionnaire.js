// The questionnaires this page knows: the built-in one (source "" to the engine), its earlier
// versions (kept by the engine, so what people made with them still opens) and the person's own,
// kept in storage as the JSON text they loaded. The engine checks each one; nothing here reads the
// file's content itself.

const opened = new Map();

/** The engine's verdict on a questionnaire text: { ok, questionnaire } or { ok: false, problems }. */
export function openQuestionnaire(engine, source) {
  if (!opened.has(source)) opened.set(source, engine.questionnaire(source));
  return opened.get(source);
}

let earlier = null;
/** The built-in questionnaire's earlier versions, as the JSON texts the engine keeps. */
function earlierSources(engine) {
  earlier ??= engine.earlierVersions();
  return earlier;
}

/**
 * [{ source, questionnaire, earlier }] for every readable questionnaire, the one in use first;
 * earlier is true for an earlier version of the built-in questionnaire.
 */
export function knownQuestionnaires(engine, storage, activeSource) {
  const older = earlierSources(engine);
  const sources = [...new Set([activeSource, '', ...older, ...storage.customSources()])];
  return sources.map((source) => ({ source, ...openQuestionnaire(engine, source) }))
    .filter((known) => known.ok)
    .map(({ source, questionnaire }) => ({ source, questionnaire, earlier: older.includes(source) }));
}

/** The known questionnaire a result or history entry was made with ({ id, version }), or null. */
export function findQuestionnaire(known, { id, version }) {
  return known.find(({ questionnaire: q }) => q.id === id && q.version === version) || null;
}
