// A labelled file input for JSON files: reads the chosen file as text and hands it on. What the
// handler says went wrong is shown right under the picker, where the person is looking, and the
// same file can be chosen again after it has been fixed.
import { append, h } from './dom.js';
import { S } from './strings.js';

/**
 * @param label the input's visible name
 * @param onText async (text, fileName) → null when handled, or [alertText, details] to show
 */
export function filePicker(label, onText) {
  const problem = h('div', { class: 'file-problem' });
  const input = h('input', { type: 'file', accept: '.json,application/json', class: 'file-input',
    async onchange() {
      const [file] = input.files;
      input.value = '';
      if (!file) return;
      let outcome;
      try {
        outcome = await onText(await file.text(), file.name);
      } catch {
        outcome = [S.fileUnreadable];
      }
      problem.replaceChildren();
      if (outcome) append(problem, h('p', { class: 'alert', role: 'alert' }, outcome[0]), outcome[1]);
    } });
  return h('div', { class: 'file-picker' }, h('label', { class: 'btn file' }, input, label), problem);
}
