// The pseudo-locale en-XA, for tests only: every English text with accented letters, about 35%
// longer and in brackets, so text that was never translated, or is cut short, shows at a glance.
// Placeholders ({name}, {0}) stay as they are. A text of several lines (the command line's usage)
// is bracketed line by line, so every line on screen shows where it came from.
// Usage: node make_pseudo_locale.js strings web/strings/en.json OUT.json
//        node make_pseudo_locale.js strings cli/strings/en.json OUT.json
//        node make_pseudo_locale.js content assessment/content/questionnaire.json OUT.json
'use strict';
const fs = require('fs');

const kCode = 'en-XA';
const kLonger = 0.35;  // translations run up to about a third longer than English
const accents = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Ü', C: 'Ç', N: 'Ñ' };

function pseudoLine(text) {
  const parts = text.split(/(\{\w+\})/);
  const body = parts.map((part) => (/^\{\w+\}$/.test(part) ? part : [...part].map((ch) => accents[ch] || ch).join(''))).join('');
  const letters = text.replace(/\{\w+\}/g, '').length;
  const pad = ' ·'.repeat(Math.ceil((letters * kLonger) / 2));
  return `[${body}${pad}]`;
}

const pseudo = (text) => text.split('\n').map((line) => (line ? pseudoLine(line) : line)).join('\n');

const walk = (value) => (typeof value === 'string' ? pseudo(value)
  : Array.isArray(value) ? value.map(walk)
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])));

// The texts of a questionnaire, keyed by ids, in the shape of a translation's "texts".
function questionnaireTexts(q) {
  const byId = (list, pick) => Object.fromEntries(list.map((x) => [x.id, pick(x)]));
  const texts = {
    title: q.title, intro: q.intro, credit: q.credit, about: q.about,
    poles: { [q.poles.low.id]: q.poles.low.label, [q.poles.high.id]: q.poles.high.label },
    themes: byId(q.themes, (t) => ({ title: t.title, description: t.description })),
    items: byId(q.items, (i) => ({ prompt: i.prompt, short: i.short, low: i.low, high: i.high })),
    bands: byId(q.bands, (b) => ({ title: b.title, summary: b.summary, explanation: b.explanation,
      advice: b.advice, next_steps: b.next_steps, questions: b.questions })),
    shapes: q.shapes, quality: q.quality,
  };
  for (const key of Object.keys(texts)) if (texts[key] === undefined) delete texts[key];
  return texts;
}

function main([mode, input, output]) {
  const source = JSON.parse(fs.readFileSync(input, 'utf8'));
  let out;
  if (mode === 'strings') {
    out = { ...walk(source), meta: { code: kCode, locale: 'en-GB', dir: 'ltr', name: pseudo('English') } };
  } else if (mode === 'content') {
    out = { format: 1, questionnaire: source.id, version: source.version, lang: kCode, texts: walk(questionnaireTexts(source)) };
  } else if (mode === 'texts') {
    // The questionnaire's own texts in a translation's shape, to translate from: they are in its
    // own language, which is English only when it says none (the engine's default).
    out = { format: 1, questionnaire: source.id, version: source.version, lang: source.lang ?? 'en',
      texts: questionnaireTexts(source) };
  } else throw new Error(`unknown mode ${mode}: strings, content or texts`);
  fs.writeFileSync(output, `${JSON.stringify(out, null, 2)}\n`);
}

if (require.main === module) main(process.argv.slice(2));
module.exports = { pseudo, questionnaireTexts };
