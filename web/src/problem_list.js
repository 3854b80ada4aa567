// Every problem the engine found in a questionnaire file, each with the field that holds it.
import { h } from './dom.js';
import { S, fill } from './strings.js';

/** @param problems [{ path, message }] as engine.questionnaire() reports them */
export const problemList = (problems) => h('ul', { class: 'problems' }, problems.map(({ path, message }) =>
  h('li', null, fill(S.problemLine, { path: h('code', null, path || S.wholeFile), message }))));
