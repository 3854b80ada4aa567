// The page's words in the reader's language, and the helpers that put values into them. The words
// are not in this bundle: a language pack (dist/lang/<code>.js, made from web/strings/<code>.json)
// brings them, and setStrings() fills S and TEAM in place, so every module that imported them reads
// the new language at once. Templates use {name} placeholders, filled by format() or fill().
// Both bundles (app.js and team.js) carry this module; they share one set of objects through a
// global, so the team view reads the words the page loaded.

const shared = (globalThis.crossroadsStrings ??= {
  meta: { code: 'en', locale: 'en-GB', dir: 'ltr', name: 'English' },
  S: {},
  TEAM: {},
});

/** The page's words (web/strings/<code>.json, "page"). */
export const S = shared.S;
/** The team view's words ("team"), loaded with team.js. */
export const TEAM = shared.TEAM;

function refill(target, words) {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, words);
}

/** Takes a language pack's parts { meta, page?, team? }; a part left out keeps the words it has. */
export function setStrings({ meta, page, team }) {
  shared.meta = meta;
  if (page) refill(S, page);
  if (team) {
    refill(TEAM, team);
    shared.teamCode = meta.code;
  }
}

/** The language of the team view's words in TEAM (they come later than the page's), or undefined. */
export const teamLanguage = () => shared.teamCode;

/** The language in use: { code, locale (what Intl formats with), dir, name }. */
export const currentLanguage = () => shared.meta;

// First-strong isolate and pop directional isolate: a value keeps its own direction inside a
// sentence of the other one (a number or a file name in Arabic text).
const FSI = '\u2068';
const PDI = '\u2069';
const rightToLeft = () => shared.meta.dir === 'rtl';

/** text isolated from the sentence around it in a right-to-left language; as it is otherwise. */
export const isolate = (text) => (rightToLeft() ? `${FSI}${text}${PDI}` : text);

// A page left open across a deploy may load a newer language pack (the service worker takes over
// at once) that lacks a key this older code still asks for: a sentence missing is shown as
// nothing, so the page carries on instead of stopping on a TypeError.
const fillIn = (template, values, put) => (typeof template === 'string'
  ? template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? put(String(values[name])) : match)) : '');

/** format('{a} of {b}', { a: 1, b: 2 }) → '1 of 2' (each value isolated in a right-to-left language) */
export const format = (template, values) => fillIn(template, values, isolate);

/**
 * Like format(), with no isolation: for text that is not read on screen inside a sentence of the
 * page's direction (a file name to save, an id handed to the engine or shown alone in a cell, an
 * attribute's value), where the invisible isolation marks would end up as characters of the value.
 */
export const formatPlain = (template, values) => fillIn(template, values, (value) => value);

/** Like format(), but values may be DOM nodes: returns an array of strings and nodes for h(). */
export function fill(template, values) {
  if (typeof template !== 'string') return [];
  return template.split(/(\{\w+\})/).filter(Boolean)
    .map((part) => {
      const name = part.slice(1, -1);
      if (part[0] !== '{' || !(name in values)) return part;
      const value = values[name];
      if (!rightToLeft()) return value;
      return typeof value === 'object' && value !== null ? [FSI, value, PDI] : isolate(String(value));
    });
}

// Intl objects are costly to make and a table of 10,000 people formats many numbers: one per kind.
const made = new Map();
function intl(Kind, options) {
  const key = `${Kind.name} ${shared.meta.locale} ${JSON.stringify(options)}`;
  if (!made.has(key)) made.set(key, new Kind(shared.meta.locale, options));
  return made.get(key);
}

/** A number as the language writes it: number(10000) → "10,000" in English, "10 000" in French. */
export const number = (n, options = {}) => intl(Intl.NumberFormat, options).format(n);

/** A share as a percentage: percent(0.42) → "42%" ("42 %" in French). */
export const percent = (x) => intl(Intl.NumberFormat, { style: 'percent', maximumFractionDigits: 0 }).format(x);

/** The template of a plural ({ one, other, … }) for count, by the language's rules; `other` if the form is missing. */
export const pluralForm = (forms, count) => (forms ? forms[intl(Intl.PluralRules, {}).select(count)] ?? forms.other : undefined);

/**
 * plural(S.margin, 3, { points: number(3), band }) → "Your total is 3 points from Mastery."
 * {count} is the count as number() writes it, unless values give it.
 */
export const plural = (forms, count, values = {}) => format(pluralForm(forms, count), { count: number(count), ...values });

/**
 * Items as the language lists them: list(['a', 'b', 'c']) → "a, b and c" ("a, b et c" in French).
 * type 'unit' for a series of "label: value" figures ("0–9: 2, 10–19: 5, 20–29: 1" in English).
 */
export const list = (items, { type = 'conjunction' } = {}) => intl(Intl.ListFormat, { type, style: 'long' })
  .format(items.map(String));

/** The sentence for an engine error object { code, item }. */
export const errorText = (error) => format((S.errors || {})[error && error.code] || (S.errors || {}).unknown,
  { item: error && Number.isFinite(error.item) ? number(error.item) : '' });

/** A date as the page shows it, e.g. "23 November 2026" (in the language's own order and words). */
export const longDate = (date) => new Date(date).toLocaleDateString(shared.meta.locale,
  { day: 'numeric', month: 'long', year: 'numeric' });

/** A date and time, e.g. "23 November 2026, 14:05" (month 'short': "23 Nov 2026, 14:05"). */
export const dateTime = (date, month = 'long') => new Date(date).toLocaleString(shared.meta.locale,
  { day: 'numeric', month, year: 'numeric', hour: '2-digit', minute: '2-digit' });
