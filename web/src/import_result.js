// Reads a result file (made by Download JSON) with the engine's tools. The file names its
// questionnaire, so each questionnaire the page knows is tried, the one in use first.
import { errorText } from './strings.js';

/**
 * @param tools the engine's tools module
 * @param known [{ source, questionnaire }] from knownQuestionnaires()
 * @returns { ok: true, result, date, seconds, source, questionnaire, earlier } or { ok: false, message }
 */
export function importResult(tools, known, text) {
  let refusal = null;
  for (const { source, questionnaire, earlier } of known) {
    const read = tools.importResult(source, text);
    if (read.ok) return { ...read, source, questionnaire, earlier };
    refusal ??= read.error;
    // Only "another questionnaire" is worth trying the next one for; any other fault is the file's.
    if (read.error.code !== 'wrong_questionnaire') {
      refusal = read.error;
      break;
    }
  }
  return { ok: false, message: errorText(refusal) };
}
