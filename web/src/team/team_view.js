// The team view's screen: the inputs (share links, a CSV file, example data), the progress of a
// long file, and what the team looks like: bands, borderline results and shapes, the spread of
// totals, theme averages, a table of people and a list of rows that could not be scored.
// Every number shown is the engine's, or a count or average of the engine's numbers.
// A CSV file does not say which version of the questionnaire its answers were given to, so with the
// built-in questionnaire in use, the person chooses the version that scores it.
import { h } from '../dom.js';
import { TEAM as T } from '../strings.js';
import { earlierSources, openQuestionnaire } from '../custom_questionnaire.js';
import { addRows, createTally, exampleRows, scoreCsvText, scoreLinks } from './team_data.js';
import { binsOf, histogram } from './team_chart.js';

const PAGE = 200;         // table rows added per "Show more"
const EXAMPLE_PEOPLE = 40;
const num = (value) => value.toLocaleString('en');

/**
 * Fills `main` (an empty <main>) with the team view.
 * @param engine the core engine (decodeShare, score)
 * @param loadTools () → Promise of the engine's tools (scoreBatch, scoreCsv)
 * @param questionnaire the engine's questionnaire object; source its JSON text, or '' for the built-in one
 * @param S the page's strings; format the page's template filler
 * @param back () → leaves the team view
 */
export function mount(main, { engine, loadTools, questionnaire, source = '', S, format, back }) {
  loadTools().catch(() => {});  // fetch the tools now, so the first file scores at once
  // What scores an input: a questionnaire's source and object, and its scales (total and theme
  // min/max) as the engine gives them in a result.
  const scoringBy = (each, q) => ({ source: each, questionnaire: q,
    range: engine.score(each, q.items.map(() => q.scale.min), -1) });
  // The one in use first; with the built-in one in use, its earlier versions too, newest first.
  const earlier = (source === '' ? earlierSources(engine) : [])
    .map((each) => [each, openQuestionnaire(engine, each)]).filter(([, opened]) => opened.ok).reverse();
  const versions = [scoringBy(source, questionnaire),
    ...earlier.map(([each, opened]) => scoringBy(each, opened.questionnaire))];
  // Bands, shapes and themes are those of the questionnaire that scored the tally.
  const shapesOf = (tally) => tally.questionnaire.shapes || {};
  const toneOf = (tally, bandId) =>
    `tone-${(tally.questionnaire.bands.findIndex((band) => band.id === bandId) % 3) + 1}`;
  const bandTitle = (tally, bandId) =>
    (tally.questionnaire.bands.find((band) => band.id === bandId) || {}).title || bandId;
  const count = (n, one, many) => format(n === 1 ? one : many, { count: num(n) });
  // format(), but values may be nodes: an array of strings and nodes for h().
  const place = (template, values) => template.split(/(\{\w+\})/).filter(Boolean)
    .map((part) => (part[0] === '{' && part.slice(1, -1) in values ? values[part.slice(1, -1)] : part));
  const section = (name, title, ...content) => h('section', { class: `section ${name}`, 'aria-labelledby': `${name}-heading` },
    h('h2', { id: `${name}-heading` }, title), content);

  // --- Inputs ---------------------------------------------------------------------------------
  const linksField = h('textarea', { id: 'team-links', class: 'team-field', rows: 4, spellcheck: 'false',
    autocomplete: 'off', 'aria-describedby': 'team-links-hint' });
  const fileField = h('input', { id: 'team-csv', type: 'file', class: 'team-file', accept: '.csv,text/csv,text/plain',
    'aria-describedby': 'team-csv-hint', onchange: () => fileField.files[0] && loadFile(fileField.files[0]) });
  const csvHint = h('p', { id: 'team-csv-hint', class: 'team-hint' });
  const describeCsv = ({ questionnaire: q }) => {
    csvHint.textContent = format(T.csvHint, { count: q.items.length, min: q.scale.min, max: q.scale.max });
  };
  describeCsv(versions[0]);
  // Only when there is a choice: the built-in questionnaire in use, with earlier versions.
  const versionField = versions.length > 1 && h('select', { id: 'team-version', class: 'team-select',
    'aria-describedby': 'team-version-hint', onchange: changeVersion },
    versions.map((each, i) => h('option', { value: i },
      format(i === 0 ? T.versionCurrent : T.versionEarlier, { version: each.questionnaire.version }))));
  const chosen = () => (versionField ? versions[Number(versionField.value)] : versions[0]);
  const inputs = h('div', { class: 'team-inputs' },
    h('div', { class: 'team-panel' },
      h('label', { for: 'team-links' }, T.linksLabel),
      h('p', { id: 'team-links-hint', class: 'team-hint' }, T.linksHint),
      linksField,
      h('button', { type: 'button', class: 'btn primary', onclick: loadLinks }, T.scoreLinks)),
    h('div', { class: 'team-panel' },
      h('label', { for: 'team-csv' }, T.csvLabel),
      csvHint,
      fileField,
      versionField && h('div', { class: 'team-version' },
        h('label', { for: 'team-version' }, T.versionLabel),
        h('p', { id: 'team-version-hint', class: 'team-hint' }, T.versionHint),
        versionField),
      h('button', { type: 'button', class: 'btn quiet team-example', onclick: loadExample }, T.example)));

  const status = h('div', { class: 'team-status', role: 'status' });
  const progress = h('div', { class: 'team-progress' });
  const results = h('div', { class: 'team-results' });
  const printButton = h('button', { type: 'button', class: 'btn', hidden: true, onclick: () => window.print() }, T.print);

  main.append(
    h('p', { class: 'print-only print-title' }, questionnaire.title),
    h('h1', null, S.teamView),
    h('p', { class: 'lead' }, T.intro),
    inputs, progress, status, results,
    h('div', { class: 'buttons actions' }, printButton,
      h('button', { type: 'button', class: 'btn quiet', onclick: back }, S.back)));

  const say = (...sentences) => status.replaceChildren(...sentences.filter(Boolean).map((text) => h('p', null, text)));

  // --- Loading --------------------------------------------------------------------------------
  let current = null;  // the input being scored; a newer one or Stop makes it give up
  let lastFile = null;  // the file whose results are shown or being scored, { name, text: Promise }

  /**
   * Scores one input with work(context, job) → Promise<true if complete, false if stopped>.
   * scoring: the version that scores it (the one in use unless chosen); file: the CSV file it is.
   */
  async function load(from, work, { scoring = versions[0], file = null } = {}) {
    const job = { stopped: false };
    current = job;
    lastFile = file;
    const tally = createTally(scoring.questionnaire, scoring.range);
    progress.replaceChildren();
    results.replaceChildren();
    printButton.hidden = true;
    say(T.scoring);
    let complete;
    try {
      const tools = await loadTools();
      if (current !== job) return;
      complete = await work({ engine, tools, source: scoring.source, tally }, job);
    } catch (error) {
      if (current !== job) return;
      progress.replaceChildren();
      say(error && error.unreadable ? T.fileUnreadable : T.failed);
      return;
    }
    if (current !== job) return;
    const focused = progress.contains(document.activeElement);  // on Stop: keep the keyboard on the page
    progress.replaceChildren();
    show(tally, from, complete, scoring !== versions[0] && scoring.questionnaire.version);
    const heading = results.querySelector('h2');
    if (focused && heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }

  /** The progress of a long file: a bar with its percentage and a Stop button. */
  function progressBar(job) {
    const fill = h('span', { class: 'bar-fill' });
    const bar = h('div', { class: 'bar', role: 'progressbar', 'aria-label': T.progress, 'aria-valuemin': 0,
      'aria-valuemax': 100 }, fill);
    const text = h('span', { class: 'bar-text' });
    progress.replaceChildren(h('div', { class: 'progress' }, bar, text,
      h('button', { type: 'button', class: 'btn', onclick: () => { job.stopped = true; } }, T.stop)));
    let first = true;
    return (done, total) => {
      const percent = Math.floor((100 * done) / total);
      const words = format(T.progressText, { percent, done: num(done), total: num(total) });
      bar.setAttribute('aria-valuenow', percent);
      bar.setAttribute('aria-valuetext', words);
      fill.style.width = `${percent}%`;
      text.textContent = words;
      if (first) progress.scrollIntoView({ block: 'nearest' });  // on a small screen it may be out of sight
      first = false;
    };
  }

  function loadFile(file) {
    const text = file.text();
    text.catch(() => {});  // a file that cannot be read is reported when its text is awaited
    scoreFile({ name: file.name, text });
  }

  /** Scores a CSV file (read once) by the version chosen now. */
  function scoreFile(file) {
    const scoring = chosen();
    const from = scoring === versions[0] ? format(T.fromFile, { name: file.name })
      : format(T.fromFileVersion, { name: file.name, version: scoring.questionnaire.version });
    load(from, async (context, job) => {
      let text;
      try {
        text = await file.text;
      } catch {
        throw { unreadable: true };
      } finally {
        fileField.value = '';  // so choosing the same file again (after an edit) loads it again
      }
      if (current !== job) return false;
      const showProgress = progressBar(job);
      return scoreCsvText(context, text, (done, total) => current === job && showProgress(done, total),
        () => current === job && !job.stopped);
    }, { scoring, file });
  }

  /** Another version chosen: a file's results no longer match it, so the file is scored again. */
  function changeVersion() {
    describeCsv(chosen());
    if (lastFile) scoreFile(lastFile);
  }

  function loadLinks() {
    if (!linksField.value.trim()) {
      say(T.noLinks);
      linksField.focus();
      return;
    }
    load(T.fromLinks, async (context) => {
      scoreLinks(context, linksField.value, (n) => format(T.linkId, { n }));
      return true;
    });
  }

  function loadExample() {
    load(T.fromExample, async ({ tools, tally }) => {
      const scored = tools.scoreBatch(source,
        exampleRows(questionnaire, EXAMPLE_PEOPLE, (n) => format(T.exampleId, { n })));
      if (!scored.ok) throw scored.error;
      addRows(tally, scored.rows);
      tally.lines = tally.total = EXAMPLE_PEOPLE;
      return true;
    });
  }

  // --- What the team looks like ---------------------------------------------------------------
  /** earlierVersion: the version number when an earlier version of the questionnaire scored it. */
  function show(tally, from, complete, earlierVersion) {
    const people = tally.people.length;
    const problems = tally.problems.length;
    const byVersion = earlierVersion && format(T.scoredByVersion, { version: earlierVersion });
    if (!people && !problems) {
      say(T.nothing, byVersion);
      return;
    }
    say(complete ? null : format(T.stopped, { done: num(tally.lines), total: num(tally.total) }),
      count(people, T.scoredOne, T.scoredMany),
      byVersion,
      tally.earlier > 0 && count(tally.earlier, T.earlierOne, T.earlierMany),
      problems > 0 && count(problems, T.refusedOne, T.refusedMany));
    results.replaceChildren(
      summary(tally, from),
      people > 0 && spread(tally),
      people > 0 && themes(tally),
      people > 0 && peopleTable(tally),
      problems > 0 && problemTable(tally));
    printButton.hidden = people === 0;
  }

  function summary(tally, from) {
    const { bands } = tally.questionnaire;
    const shapes = shapesOf(tally);
    const people = tally.people.length;
    const percent = (n) => (people ? Math.round((100 * n) / people) : 0);
    return section('team-summary', T.summaryHeading,
      h('p', { class: 'team-from muted' }, from),
      h('p', { class: 'team-total' }, place(people === 1 ? T.countOne : T.countMany,
        { count: h('span', { class: 'team-number', 'data-testid': 'team-count' }, num(people)) })),
      h('ul', { class: 'team-bands' }, bands.map((band) => {
        const n = tally.bands[band.id] || 0;
        return h('li', { class: `team-band ${toneOf(tally, band.id)}`, 'data-testid': 'band-count', 'data-band': band.id,
          'data-count': n },
        h('span', { class: 'team-band-title' }, band.title),
        h('span', { class: 'team-band-count' }, num(n)),
        h('span', { class: 'team-band-note' }, format(T.bandNote, { percent: percent(n), min: band.min, max: band.max })));
      })),
      h('dl', { class: 'team-facts', 'aria-label': T.factsLabel },
        h('div', { 'data-testid': 'borderline-count', 'data-count': tally.borderline },
          h('dt', null, S.borderline), h('dd', null, num(tally.borderline))),
        Object.keys(shapes).map((shape) => h('div', { 'data-testid': 'shape-count', 'data-shape': shape,
          'data-count': tally.shapes[shape] || 0 },
        h('dt', null, shapes[shape].title), h('dd', null, num(tally.shapes[shape] || 0))))),
      h('p', { class: 'team-hint' }, T.factsNote));
  }

  function spread(tally) {
    const { bands } = tally.questionnaire;
    const bins = binsOf(tally).map((bin) => ({ ...bin,
      text: format(bin.from === bin.to ? T.binOne : T.bin, { ...bin, count: num(bin.count) }) }));
    const label = format(T.spreadLabel, {
      people: count(tally.people.length, T.countOne, T.countMany), step: tally.step,
      bins: bins.map((bin) => bin.text).join('; '),
      bands: bands.map((band) => format(S.bandRange, band)).join('; '),
    });
    return section('team-spread', T.spreadHeading,
      h('figure', null, histogram(tally, bands, label),
        h('ul', { class: 'team-bins' }, bins.map((bin) => h('li', { class: bin.count ? null : 'muted' }, bin.text)))));
  }

  function themes(tally) {
    const { range, questionnaire: q } = tally;
    const people = tally.people.length;
    const first = range.themes[0];
    return section('team-themes', T.themesHeading,
      h('p', { class: 'muted' }, format(T.themesIntro, first)),
      h('ul', { class: 'team-theme-list' }, range.themes.map((theme, i) => {
        const average = tally.themeSums[i] / people;
        const fill = h('span', { class: 'team-theme-fill' });
        fill.style.width = `${(100 * (average - theme.min)) / (theme.max - theme.min)}%`;
        const title = (q.themes.find((t) => t.id === theme.id) || {}).title || theme.id;
        return h('li', { 'data-testid': 'theme-average', 'data-theme': theme.id },
          h('span', { class: 'team-theme-title' }, title),
          h('span', { class: 'team-theme-value' }, format(T.themeAverage, { average: average.toFixed(1), max: theme.max })),
          h('span', { class: 'team-theme-bar' }, fill));
      })));
  }

  /** A table that shows PAGE rows at a time, with "Show more" for the rest. */
  function pagedTable(name, caption, columns, rows, cells) {
    const captionId = `${name}-caption`;
    const body = h('tbody');
    const shown = h('p', { class: 'team-hint team-shown' });
    const more = h('button', { type: 'button', class: 'btn', onclick: showMore });
    const wrap = h('div', { class: `team-wrap ${name}-wrap`, role: 'region', tabindex: 0, 'aria-labelledby': captionId },
      h('table', { class: 'team-table' },
        h('caption', { id: captionId }, h('span', null, caption)),
        h('thead', null, h('tr', null, columns.map((text) => h('th', { scope: 'col' }, text)))),
        body));
    let count = 0;
    function showMore() {
      const next = rows.slice(count, count + PAGE);
      body.append(...next.map((row) => h('tr', null, cells(row))));
      count += next.length;
      const left = rows.length - count;
      if (rows.length > PAGE) shown.textContent = format(T.showing, { shown: num(count), count: num(rows.length) });
      more.textContent = format(T.showMore, { count: num(Math.min(PAGE, left)) });
      if (!left) {
        if (document.activeElement === more) wrap.focus();
        more.hidden = true;
      }
    }
    showMore();
    return [wrap, h('div', { class: 'team-more' }, shown, more)];
  }

  function peopleTable(tally) {
    const c = T.columns;
    const shapes = shapesOf(tally);
    return section('team-people', T.peopleHeading, pagedTable('team-people', T.peopleCaption,
      [c.id, c.total, c.band, c.shape, c.margin, c.borderline], tally.people, (person) => [
        h('th', { scope: 'row' }, person.id),
        h('td', { class: 'num' }, person.total),
        h('td', null, h('span', { class: `team-pill ${toneOf(tally, person.band)}` }, bandTitle(tally, person.band))),
        h('td', null, (shapes[person.shape] || {}).title || T.none),
        h('td', null, person.margin
          ? format(T.margin, { points: person.margin.points, band: bandTitle(tally, person.margin.toward) }) : T.none),
        h('td', { class: person.borderline ? 'team-yes' : 'muted' }, person.borderline ? T.yes : T.no),
      ]));
  }

  function problemTable(tally) {
    const c = T.problemColumns;
    return section('team-problems', T.problemsHeading,
      pagedTable('team-problems', T.problemsCaption, [c.id, c.reason], tally.problems, (problem) => [
        h('th', { scope: 'row' }, problem.id),
        h('td', null, problem.message),
      ]));
  }
}
