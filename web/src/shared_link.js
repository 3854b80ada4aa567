// Opens a share link's code (#r=CODE). The code names its questionnaire and version, so each
// questionnaire the page knows is tried, the one in use first: a link made with an earlier version
// of the built-in questionnaire is scored by that version, as it was when it was made.
import { openWithAny } from './custom_questionnaire.js';

/**
 * @param known [{ source, questionnaire, handle, earlier }] from knownQuestionnaires()
 * @returns { ok: true, result, answers, source, questionnaire, earlier } or { ok: false, error }
 */
export function openSharedLink(known, code) {
  const { outcome, candidate } = openWithAny(known, ({ handle }) => handle.decodeShare(code));
  if (!outcome.ok) return outcome;
  const { source, questionnaire, earlier, handle } = candidate;
  const result = handle.score(outcome.answers, null);
  return result.ok ? { ok: true, result, answers: outcome.answers, source, questionnaire, earlier } : result;
}
