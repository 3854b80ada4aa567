// What the result screen's buttons do with a result: print, download, share. `handle` is the
// engine's open questionnaire the result was made with.
import { h } from './dom.js';
import { S, formatPlain } from './strings.js';

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A name the browser saves under: plain, with no isolation marks (they would be part of the name).
const fileName = (date, ext) => formatPlain(S.fileName, { date: new Date(date).toISOString().slice(0, 10), ext });

export function printReport() {
  window.print();
}

// The engine writes both files, so an export always matches what the CLI and the import read.
export function downloadJson(handle, { date, answers, seconds }) {
  const file = handle.exportResult(answers, seconds ?? null, date);
  if (file.ok) download(fileName(date, 'json'), 'application/json', file.text);
}

export function downloadCsv(handle, { date, answers }) {
  const file = handle.resultCsv([{ id: 'me', answers }]);
  if (file.ok) download(fileName(date, 'csv'), 'text/csv', file.text);
}

/** Copies a link that re-opens these answers; resolves to { copied, link }. */
export async function copyShareLink(handle, answers) {
  const encoded = handle.encodeShare(answers);
  const link = encoded.ok ? `${location.href.split('#')[0]}#r=${encoded.code}` : '';
  try {
    await navigator.clipboard.writeText(link);
    return { copied: true, link };
  } catch {
    return { copied: false, link };
  }
}
