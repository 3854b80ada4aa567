// Opens a share link's code (#r=CODE). The code names its questionnaire and version, so each
// questionnaire the page knows is tried, the one in use first: a link made with an earlier version
// of the built-in questionnaire is scored by that version, as it was when it was made.

/**
 * @param engine the engine
 * @param known [{ source, questionnaire, earlier }] from knownQuestionnaires()
 * @returns { ok: true, result, answers, source, questionnaire, earlier } or { ok: false, error }
 */
export function openSharedLink(engine, known, code) {
  let refusal = null;
  for (const { source, questionnaire, earlier } of known) {
    const decoded = engine.decodeShare(source, code);
    if (decoded.ok) {
      const result = engine.score(source, decoded.answers, -1);
      return result.ok ? { ok: true, result, answers: decoded.answers, source, questionnaire, earlier } : result;
    }
    refusal ??= decoded.error;
    // Only "another questionnaire" is worth trying the next one for; any other fault is the link's.
    if (decoded.error.code !== 'wrong_questionnaire') return decoded;
  }
  return { ok: false, error: refusal };
}
