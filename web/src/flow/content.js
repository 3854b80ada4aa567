// Which texts a questionnaire shows in the page's language. A result carries ids and numbers only;
// every text shown for it (band, themes, statements, shapes, notes) is looked up by id in the
// questionnaire these functions give. The built-in questionnaire comes in the page's language with
// the language pack; its earlier versions exist in English only; a questionnaire of one's own shows
// the page's language when it has it (the engine's questionnaireIn), else its own.
import { app } from './state.js';
import { S, currentLanguage, format, list, number } from '../strings.js';
import { directionOf, matchLanguage } from '../language.js';
import { openQuestionnaire } from '../custom_questionnaire.js';

const SAME = {};

// Names of languages in the reader's language ("allemand, anglais"), as Intl knows them.
function languageNames(codes) {
  const { locale } = currentLanguage();
  const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  return list(codes.map((code) => {
    try {
      return names.of(code);
    } catch {
      return code;  // a tag Intl cannot read is still shown as it is
    }
  }));
}

/**
 * The texts to show for a questionnaire: { questionnaire, attrs, note }.
 * @param source its JSON text, '' for the built-in one; questionnaire as the engine opened it;
 *   earlier: an earlier version of the built-in one
 * @returns questionnaire: the same ids, scale and rules with texts in the page's language where it
 *   has them; attrs: { lang, dir } for an element that holds its texts when they are in another
 *   language, else {}; note: the sentence that says so, or null
 */
export function textsOf({ source, questionnaire, earlier = false }) {
  const { code } = currentLanguage();
  if (source === '' && !earlier) return { questionnaire: app.builtin, attrs: SAME, note: null };
  if (earlier) {
    return code === 'en' ? { questionnaire, attrs: SAME, note: null } : { questionnaire,
      attrs: { lang: 'en', dir: 'ltr' }, note: format(S.englishOnly, { version: number(questionnaire.version) }) };
  }
  const own = questionnaire.lang;
  // Its language nearest the page's: the same code, else the same primary subtag (pt for pt-BR).
  const nearest = matchLanguage(code, questionnaire.languages);
  if (nearest === own) return { questionnaire, attrs: SAME, note: null };
  if (nearest) {
    const { handle } = openQuestionnaire(app.engine, source);
    return { questionnaire: handle.questionnaireIn(nearest), attrs: SAME, note: null };
  }
  return { questionnaire, attrs: { lang: own, dir: directionOf(own) },
    note: format(S.ownLanguages, { languages: languageNames(questionnaire.languages) }) };
}

/** The questionnaire in use, in the page's language (app.questionnaire) with its attrs and note (app.content). */
export function showInUse() {
  const { questionnaire, ...content } = textsOf({ source: app.source, questionnaire: app.original });
  Object.assign(app, { questionnaire, content });
}
