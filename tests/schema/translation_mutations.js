// Mutations of a questionnaire's languages for the differential test (mutations.js adds them to
// its STRUCTURE): translations added (the questionnaire's own texts, pseudo-localized as
// tools/make_pseudo_locale.js does), a translated key dropped or added, a list made longer or
// shorter, a text emptied, another statement's words, language codes and the "lang" and
// "languages" fields changed. Each is (q, r) => name and changes q in place; one that cannot
// apply throws, and makeCase names it so.
'use strict';
const { pseudo, questionnaireTexts } = require('../../tools/make_pseudo_locale');

// Valid and invalid codes, the questionnaire's own "en" among them.
const CODES = ['fr', 'pt-BR', 'zh-Hant', 'es-419', 'zh-Hant-TW', 'en', 'en-XA', 'ast', 'FR', 'fr_FR',
  'fr-fr', 'zh-hant', 'f', 'fr-', 'es-41', '', 'fr FR', 'é'];
const LANGUAGE_LISTS = [['en'], ['en', 'fr'], [], ['en', 'en'], ['EN'], ['en', 3], 'en', null];
const EXTRA_KEYS = ['nope', 'extra-1', 'Title', 'promt', 'id', 'reverse', 'description'];

module.exports = ({ walk, isObject, clone }) => {
  const localized = (value) => (typeof value === 'string' ? pseudo(value)
    : Array.isArray(value) ? value.map(localized)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localized(v)])));
  // The questionnaire's texts as a translation: complete, so only the next change breaks it.
  const textsOf = (q) => localized(questionnaireTexts(q));
  // A translation to change: one already there, or a new one.
  const someTranslation = (q, r) => {
    if (!isObject(q.translations) || Object.keys(q.translations).length === 0) q.translations = { fr: textsOf(q) };
    const code = r.pick(Object.keys(q.translations));
    if (!isObject(q.translations[code])) throw new Error('not an object');
    return { code, texts: q.translations[code] };
  };

  return {
    'add translations'(q, r) {
      const codes = r.sample(['fr', 'de', 'pt-BR', 'zh-Hant', 'es-419'], 1 + r.int(2));
      q.translations = { ...(isObject(q.translations) ? q.translations : {}) };
      for (const code of codes) q.translations[code] = textsOf(q);
      return codes.join(', ');
    },
    'translation key dropped'(q, r) {
      const { code, texts } = someTranslation(q, r);
      const p = r.pick(walk(texts));
      if (Array.isArray(p.parent)) p.parent.splice(p.key, 1);
      else delete p.parent[p.key];
      return `${code}: ${p.path.join('.')}`;
    },
    'translation key added'(q, r) {
      const { code, texts } = someTranslation(q, r);
      const p = r.pick([{ path: [], value: texts }, ...walk(texts)].filter((e) => isObject(e.value) || Array.isArray(e.value)));
      if (Array.isArray(p.value)) p.value.push(r.pick(['One too many.', '', 3]));
      else p.value[r.pick(EXTRA_KEYS.filter((k) => !(k in p.value)))] = r.pick(['x', { title: 'x' }, clone(r.pick(Object.values(p.value)) ?? 'x')]);
      return `${code}: ${p.path.join('.')}`;
    },
    'translation text emptied'(q, r) {
      const { code, texts } = someTranslation(q, r);
      const p = r.pick(walk(texts).filter((e) => typeof e.value === 'string'));
      p.parent[p.key] = r.pick(['', ' ', 'é']);
      return `${code}: ${p.path.join('.')}`;
    },
    'language code'(q, r) {
      const code = r.pick(CODES);
      if (r.chance(0.4)) {
        q.lang = code;
        return `lang = ${JSON.stringify(code)}`;
      }
      const { code: old, texts } = someTranslation(q, r);
      delete q.translations[old];
      q.translations[code] = texts;
      return `translations.${old} -> ${JSON.stringify(code)}`;
    },
    'translation words of another statement'(q, r) {
      // Another statement's own prompt or short label: a CSV header cell with it could mean either.
      if (!Array.isArray(q.items) || q.items.length < 2) throw new Error('needs two statements');
      const { code, texts } = someTranslation(q, r);
      const i = r.int(q.items.length);
      const j = (i + 1 + r.int(q.items.length - 1)) % q.items.length;
      const words = isObject(texts.items) && texts.items[q.items[i].id];
      if (!isObject(words) || !isObject(q.items[j])) throw new Error('no such statement');
      const [field, other] = [r.pick(['prompt', 'short']), r.pick(['prompt', 'short'])];
      words[field] = q.items[j][other];
      return `${code}: items.${q.items[i].id}.${field} = statement ${j + 1}'s ${other}`;
    },
    'languages field'(q, r) {
      q.languages = clone(r.pick(LANGUAGE_LISTS));
      return JSON.stringify(q.languages);
    },
  };
};
