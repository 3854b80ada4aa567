// Every problem the engine found in a questionnaire file, each with the field that holds it, up
// to SHOWN_PROBLEMS: a hostile file can hold a million, and a list that long would freeze the page.
import { h } from './dom.js';
import { S, fill, format, number } from './strings.js';

const SHOWN_PROBLEMS = 100;  // far more than a person fixes in one pass

/**
 * @param problems [{ path, message, ours? }] as engine.open() reports them: the engine writes its
 *   messages in English, so they are marked as such inside the sentence of the page's language;
 *   a message the page wrote itself (ours: true) is in the page's language already
 */
export function problemList(problems) {
  const items = problems.slice(0, SHOWN_PROBLEMS).map(({ path, message, ours }) =>
    h('li', null, fill(S.problemLine, { path: h('code', null, path || S.wholeFile),
      message: ours ? message : h('span', { lang: 'en', dir: 'ltr' }, message) })));
  const hidden = problems.length - SHOWN_PROBLEMS;
  if (hidden > 0) items.push(h('li', null, format(S.moreProblems, { count: number(hidden) })));
  return h('ul', { class: 'problems' }, items);
}
