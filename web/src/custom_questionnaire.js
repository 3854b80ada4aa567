// The questionnaires this page knows: the built-in one (source "" to the engine) and the person's own,
// kept in storage as the JSON text they loaded. The engine checks each one; nothing here reads the
// file's content itself.

const opened = new Map();

/** The engine's verdict on a questionnaire text: { ok, questionnaire } or { ok: false, problems }. */
export function openQuestionnaire(engine, source) {
  if (!opened.has(source)) opened.set(source, engine.questionnaire(source));
  return opened.get(source);
}

/** [{ source, questionnaire }] for every readable questionnaire, the one in use first. */
export function knownQuestionnaires(engine, storage, activeSource) {
  const sources = [...new Set([activeSource, '', ...storage.customSources()])];
  return sources.map((source) => ({ source, ...openQuestionnaire(engine, source) }))
    .filter((known) => known.ok)
    .map(({ source, questionnaire }) => ({ source, questionnaire }));
}

/** The known questionnaire a result or history entry was made with ({ id, version }), or null. */
export function findQuestionnaire(known, { id, version }) {
  return known.find(({ questionnaire: q }) => q.id === id && q.version === version) || null;
}
