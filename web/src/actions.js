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

// The engine writes both files, so an export always matches what the CLI and the import read.
export async function downloadJson(loadTools, { source = '', date, answers, seconds }) {
  const tools = await loadTools();
  download(fileName(date, 'json'), 'application/json', tools.exportResult(source, answers, seconds ?? -1, date));
}

export async function downloadCsv(loadTools, { source = '', date, answers }) {
  const tools = await loadTools();
  download(fileName(date, 'csv'), 'text/csv', tools.resultCsv(source, [{ id: 'me', answers }]));
}

/** Copies a link that re-opens these answers; resolves to { copied, link }. */
export async function copyShareLink(engine, answers, source = '') {
  const encoded = engine.encodeShare(source, answers);
  const link = encoded.ok ? `${location.href.split('#')[0]}#r=${encoded.code}` : '';
  try {
    await navigator.clipboard.writeText(link);
    return { copied: true, link };
  } catch {
    return { copied: false, link };
  }
}
