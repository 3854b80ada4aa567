// "Why this result" and "What next": the engine's margin, shape, drivers and quality notes, and the
// band's next steps and questions, put into words. The engine gives ids (band, shape, note, pole,
// statement numbers); their texts come from the questionnaire shown, found by id. attrs marks those
// texts when they are in another language than the page's ({ lang, dir }, else {}).
import { h, inLanguage } from './dom.js';
import { S, fill, number, pluralForm } from './strings.js';

function section(className, title, ...content) {
  const id = `${className}-heading`;
  return h('section', { class: `section ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), content);
}

const list = (texts, attrs) => h('ul', attrs, texts.map((text) => h('li', null, text)));

function margin(result, questionnaire, attrs) {
  if (!result.margin) return null;
  const { points, toward } = result.margin;
  const title = questionnaire.bands.find((b) => b.id === toward).title;
  const band = () => inLanguage(attrs, title);  // a node goes in one place only: one for each sentence
  return h('div', { class: 'margin' },
    h('p', { 'data-testid': 'margin', 'data-toward': toward },
      fill(pluralForm(S.margin, points), { points: number(points), band: band() })),
    result.borderline && [h('span', { class: 'badge' }, S.borderline),
      h('p', { class: 'muted' }, fill(S.borderlineNote, { band: band() }))]);
}

function shape(result, questionnaire, attrs) {
  // A questionnaire of one's own may bring no shape texts; then the page's plain ones stand in.
  const own = questionnaire.shapes ? attrs : {};
  const text = (questionnaire.shapes || S.shapes)[result.shape];
  return h('div', { 'data-testid': 'shape', 'data-shape': result.shape },
    h('h3', null, S.shapeHeading),
    text && [h('p', { class: 'shape-title', ...own }, text.title), h('p', own, text.explanation)]);
}

// The answer and, in words, the end of the statement it chose (the engine says which end).
const chosenEnd = ({ answer, end }, item, attrs) => fill(S.chosenEnd,
  { answer: number(answer), end: end === 'middle' ? S.middleLabel : inLanguage(attrs, item[end]) });

function drivers(result, questionnaire, attrs) {
  const { poles, items } = questionnaire;
  return h('div', { 'data-testid': 'drivers' },
    h('h3', null, S.driversHeading),
    h('div', { class: 'driver-groups' }, [poles.low, poles.high].map((pole) => {
      const numbers = result.drivers[pole.id] || [];
      const name = () => inLanguage(attrs, pole.label);
      return h('div', { class: 'driver-group' },
        h('h4', null, fill(S.driversToward, { pole: name() })),
        numbers.length
          ? h('ul', { class: 'drivers' }, numbers.map((n) => h('li', { 'data-item': n, 'data-pole': pole.id },
            h('span', attrs, items[n - 1].prompt),
            h('span', { class: 'answer' }, chosenEnd(result.items[n - 1], items[n - 1], attrs)))))
          : h('p', { class: 'muted' }, fill(S.driversNone, { pole: name() })));
    })));
}

function quality(result, questionnaire, attrs) {
  if (!result.quality.length) return null;
  const own = questionnaire.quality ? attrs : {};
  const texts = questionnaire.quality || S.qualityNotes;
  return h('div', { class: 'quality', 'data-testid': 'quality-note', 'data-quality': result.quality.join(' ') },
    h('h3', null, S.qualityHeading),
    result.quality.map((note) => texts[note] && h('p', own, texts[note])));
}

/** @param attrs { lang, dir } when the questionnaire's texts are in another language, else {} */
export function whySection(result, questionnaire, attrs = {}) {
  return section('why', S.why, margin(result, questionnaire, attrs), quality(result, questionnaire, attrs),
    shape(result, questionnaire, attrs), drivers(result, questionnaire, attrs));
}

/** @param band the result's band, with its texts, from the questionnaire shown */
export function whatNextSection(band, attrs = {}) {
  const { next_steps: steps, questions } = band;
  return section('what-next', S.whatNext,
    steps.length > 0 && [h('h3', null, S.nextSteps), list(steps, attrs)],
    questions.length > 0 && [h('h3', null, S.questions), list(questions, attrs)]);
}
