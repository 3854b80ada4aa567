// Reads a result file (made by Download JSON) with the engine. The file names its questionnaire,
// so each questionnaire the page knows is tried, the one in use first.
import { errorText } from './strings.js';
import { openWithAny } from './custom_questionnaire.js';

/**
 * @param known [{ source, questionnaire, handle, earlier }] from knownQuestionnaires()
 * @returns { ok: true, result, date, seconds, source, questionnaire, earlier } or { ok: false, message }
 */
export function importResult(known, text) {
  const { outcome, candidate } = openWithAny(known, ({ handle }) => handle.importResult(text));
  if (!outcome.ok) return { ok: false, message: errorText(outcome.error) };
  const { source, questionnaire, earlier } = candidate;
  return { ...outcome, source, questionnaire, earlier };
}
