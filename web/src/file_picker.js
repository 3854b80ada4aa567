// A labelled file input for JSON files: reads the chosen file as UTF-8 text and hands it on. What
// the handler says went wrong is shown right under the picker, where the person is looking, and
// the same file can be chosen again after it has been fixed. Bytes that are not UTF-8 are refused
// here, as crossroads validate refuses them: file.text() would turn them into U+FFFD silently.
import { append, h } from './dom.js';
import { S } from './strings.js';

// The text, or null when the bytes are not UTF-8. A leading BOM is dropped, as editors do.
function utf8Text(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

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
        const text = utf8Text(await file.arrayBuffer());
        outcome = text === null ? [S.fileNotUtf8] : await onText(text, file.name);
      } catch {
        outcome = [S.fileUnreadable];
      }
      problem.replaceChildren();
      if (outcome) append(problem, h('p', { class: 'alert', role: 'alert' }, outcome[0]), outcome[1]);
    } });
  return h('div', { class: 'file-picker' }, h('label', { class: 'btn file' }, input, label), problem);
}
