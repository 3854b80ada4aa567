// "Why this result" and "What next": the engine's margin, shape, drivers and quality notes, and the
// band's next steps and questions, put into words.
import { h } from './dom.js';
import { S, format } from './strings.js';

function section(className, title, ...content) {
  const id = `${className}-heading`;
  return h('section', { class: `section ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), content);
}

const list = (texts) => h('ul', null, texts.map((text) => h('li', null, text)));

function margin(result, questionnaire) {
  if (!result.margin) return null;
  const { points, toward } = result.margin;
  const band = (questionnaire.bands.find((b) => b.id === toward) || {}).title || toward;
  return h('div', { class: 'margin' },
    h('p', { 'data-testid': 'margin', 'data-toward': toward },
      format(points === 1 ? S.marginOne : S.marginMany, { points, band })),
    result.borderline && [h('span', { class: 'badge' }, S.borderline),
      h('p', { class: 'muted' }, format(S.borderlineNote, { band }))]);
}

function shape(result, questionnaire) {
  // A questionnaire of one's own may bring no shape texts; then the page's plain ones stand in.
  const text = (questionnaire.shapes || S.shapes)[result.shape];
  return h('div', { 'data-testid': 'shape', 'data-shape': result.shape },
    h('h3', null, S.shapeHeading),
    text && [h('p', { class: 'shape-title' }, text.title), h('p', null, text.explanation)]);
}

// The answer and, in words, the end of the statement it chose (the engine says which end).
const chosenEnd = ({ answer, end }, item) =>
  format(S.chosenEnd, { answer, end: end === 'middle' ? S.middleLabel : item[end] });

function drivers(result, questionnaire) {
  const { poles, items } = questionnaire;
  return h('div', { 'data-testid': 'drivers' },
    h('h3', null, S.driversHeading),
    h('div', { class: 'driver-groups' }, [poles.low, poles.high].map((pole) => {
      const numbers = result.drivers[pole.id] || [];
      return h('div', { class: 'driver-group' },
        h('h4', null, format(S.driversToward, { pole: pole.label })),
        numbers.length
          ? h('ul', { class: 'drivers' }, numbers.map((number) => h('li', { 'data-item': number, 'data-pole': pole.id },
            h('span', null, items[number - 1].prompt),
            h('span', { class: 'answer' }, chosenEnd(result.items[number - 1], items[number - 1])))))
          : h('p', { class: 'muted' }, format(S.driversNone, { pole: pole.label })));
    })));
}

function quality(result, questionnaire) {
  if (!result.quality.length) return null;
  const texts = questionnaire.quality || S.qualityNotes;
  return h('div', { class: 'quality', 'data-testid': 'quality-note', 'data-quality': result.quality.join(' ') },
    h('h3', null, S.qualityHeading),
    result.quality.map((note) => texts[note] && h('p', null, texts[note])));
}

export function whySection(result, questionnaire) {
  return section('why', S.why, margin(result, questionnaire), quality(result, questionnaire),
    shape(result, questionnaire), drivers(result, questionnaire));
}

export function whatNextSection(result) {
  const { next_steps: steps, questions } = result.band;
  return section('what-next', S.whatNext,
    steps.length > 0 && [h('h3', null, S.nextSteps), list(steps)],
    questions.length > 0 && [h('h3', null, S.questions), list(questions)]);
}
