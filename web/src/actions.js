// What the result screen's buttons do with a result: print, download, share.
import { h } from './dom.js';
import { S, format } from './strings.js';

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const fileName = (date, ext) => format(S.fileName, { date: new Date(date).toISOString().slice(0, 10), ext });

export function printReport() {
  window.print();
}

/** @param saved { questionnaire, date, answers, seconds, result } */
export function downloadJson({ questionnaire, date, answers, seconds, result }) {
  const file = { format: 'crossroads-result', version: 1,
    questionnaire: { id: questionnaire.id, version: questionnaire.version }, date, answers, seconds, result };
  download(fileName(date, 'json'), 'application/json', `${JSON.stringify(file, null, 2)}\n`);
}

export function downloadCsv(engine, answers, date) {
  download(fileName(date, 'csv'), 'text/csv', engine.resultCsv('', [{ id: 'me', answers }]));
}

/** Copies a link that re-opens these answers; resolves to { copied, link }. */
export async function copyShareLink(engine, answers) {
  const encoded = engine.encodeShare('', answers);
  const link = encoded.ok ? `${location.href.split('#')[0]}#r=${encoded.code}` : '';
  try {
    await navigator.clipboard.writeText(link);
    return { copied: true, link };
  } catch {
    return { copied: false, link };
  }
}
