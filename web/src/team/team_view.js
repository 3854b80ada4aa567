// The team view's screen: the inputs, the progress of a long file, and the results. Each input is
// scored by the engine's handle of the questionnaire that scores it; a newer input or Stop makes
// the one under way give up. A CSV file does not say which version of the questionnaire its
// answers were given to, so with the built-in questionnaire in use, the person chooses. After a
// file, the view says how the engine read it (csv_reading.js) and offers another id column. The
// privacy floor and the anonymous switch show the results again from the engine's insight of
// the input shown (insight_source.js), which is kept until the next input replaces it. Another
// language draws every word again (redraw) from what the view holds, scoring nothing again.
import { h } from '../dom.js';
import { S, TEAM as T, format, number } from '../strings.js';
import { addColumns, createTally, exampleRows, scoreCsvText, scoreLinks } from './team_data.js';
import { csvReading } from './csv_reading.js';
import { resultSections, statusOf } from './team_results.js';
import { teamInputs } from './team_inputs.js';
import { privacyControls } from './privacy_controls.js';
import { insightView, rowsInsight } from './insight_source.js';
import { progressBar } from './progress_bar.js';

const EXAMPLE_PEOPLE = 40;

/**
 * Fills `main` (an empty <main>) with the team view.
 * @param openQuestionnaire (source) → the page's own opened questionnaire ({ ok, questionnaire,
 *   handle }), so each text is opened once for the whole page; earlierSources () → the built-in
 *   questionnaire's earlier versions as texts (this bundle is separate from the page's)
 * @param questionnaire the engine's questionnaire object; source its JSON text, or '' for the built-in one
 * @param textsOf ({ source, questionnaire, earlier }) → { questionnaire, attrs }: a questionnaire
 *   with its texts in the page's language (the page's flow/content.js); bands, shapes, themes and
 *   statements are named from it, by id
 * @param back () → leaves the team view
 * @param teamRules the engine's rules for a team's insight: { floor: { lowest, highest, usual },
 *   readingEdges } (engine.teamRules())
 * @returns { leave() → stops an input under way and releases what it holds (call it when the
 *   team view is left by any way other than its Back button), redraw() → every word again, in the
 *   language now in use }
 */
export function mount(main, { openQuestionnaire, earlierSources, questionnaire, source = '', textsOf, back, teamRules }) {
  // What scores an input: the one in use first; with the built-in one in use, its earlier
  // versions too, newest first.
  const opened = (each, earlier) => ({ source: each, earlier, ...openQuestionnaire(each) });
  const scorers = [{ ...opened(source, false), questionnaire },
    ...(source === '' ? earlierSources() : []).map((each) => opened(each, true)).filter((each) => each.ok).reverse()];
  let current = null;  // the input being scored: { stopped }
  let lastFile = null;  // the file whose results are shown or being scored, { name, text: Promise }
  // the results on screen: { tally, from(), status() }, shown again when a privacy choice or the language changes
  let shown = null;
  let said = () => [];  // the status on show, said again in another language
  let bar = null;  // the progress of a file being scored

  const scoreAgain = () => lastFile && scoreFile(lastFile);
  const inputs = teamInputs(scorers, { links: loadLinks, file: loadFile, example: loadExample, version: scoreAgain });
  const reading = csvReading(scoreAgain);
  const privacy = privacyControls(teamRules.floor, () => {
    if (!shown) return;
    render();
    // Sections come and go: say so where a screen reader listens, beside what was scored.
    const { status } = shown;
    say(() => [...status(), format(privacy.anonymous() ? T.shownAgainAnonymous : T.shownAgain,
      { floor: number(privacy.minGroup()) })]);
  });
  const status = h('div', { class: 'team-status', role: 'status' });
  const progress = h('div', { class: 'team-progress' });
  const results = h('div', { class: 'team-results' });
  const title = h('p', { class: 'print-only print-title' });
  const heading = h('h1');
  const intro = h('p', { class: 'lead' });
  const printButton = h('button', { type: 'button', class: 'btn', hidden: true, onclick: () => window.print() });
  const backButton = h('button', { type: 'button', class: 'btn quiet', onclick: leave });
  main.append(title, heading, intro, inputs.element, privacy.element, progress, status, reading.element, results,
    h('div', { class: 'buttons actions' }, printButton, backButton));

  // A form exported in the reader's language heads its columns with the statements in that
  // language, which the engine's module does not carry for the built-in questionnaire: give it them
  // (names it already knows name the same statements again, so giving them is harmless).
  const headerNames = (scorer) => {
    const { questionnaire: shown } = textsFor(scorer);
    return { names: [shown.items.map((item) => item.prompt), shown.items.map((item) => item.short)] };
  };

  // The scorer's questionnaire in the language shown, for naming what the engine gives by id.
  const textsFor = (scorer) => textsOf({ source: scorer.source, questionnaire: scorer.questionnaire,
    earlier: scorer.earlier });

  /** Every word of the view, in the language now in use; the results drawn again, not scored again. */
  function redraw() {
    const { questionnaire: q, attrs } = textsFor(scorers[0]);
    title.textContent = q.title;
    for (const name of ['lang', 'dir']) {
      if (attrs[name]) title.setAttribute(name, attrs[name]);
      else title.removeAttribute(name);
    }
    heading.textContent = S.teamView;
    intro.textContent = T.intro;
    printButton.textContent = T.print;
    backButton.textContent = S.back;
    inputs.relabel();
    privacy.relabel();
    reading.relabel(textsFor(inputs.chosen()));
    if (bar) bar.relabel();
    say(said);
    if (shown) render();
  }
  redraw();

  // The insight of the input shown holds a CsvStream: it goes when another input replaces it.
  function forget() {
    if (shown && shown.tally.insightFrom) shown.tally.insightFrom.release();
    shown = null;
  }

  // Leaving by any way (Back, the browser's back, another link): an input still being scored
  // gives up, and the stream kept for the insight is released.
  function unmount() {
    current = null;
    bar = null;
    forget();
  }

  function leave() {
    unmount();
    back();
  }

  /** The results of the input shown, with the floor, the switch and the language as they are now. */
  function render() {
    const { tally, from } = shown;
    const { questionnaire: q, attrs, note } = textsFor(tally.scorer);
    Object.assign(tally, { questionnaire: q, attrs, note });
    const view = { ...insightView(tally, privacy.minGroup(), privacy.anonymous()), rules: teamRules };
    // filtered: replaceChildren would write a section left out (false) as the text "false"
    results.replaceChildren(...resultSections(tally, from(), view).filter(Boolean));
  }

  /** sentences () → the status's sentences, kept to be said again in another language. */
  function say(sentences) {
    said = sentences;
    status.replaceChildren(...sentences().filter(Boolean).map((text) => h('p', null, text)));
  }

  /**
   * Scores one input with work(tally, job) → Promise<true if complete, false if stopped>.
   * scorer: the questionnaire that scores it (the one in use unless chosen); file: the CSV file.
   */
  async function load(from, work, { scorer = scorers[0], file = null } = {}) {
    const job = { stopped: false };
    current = job;
    if (file !== lastFile) reading.reset();  // the same file scored again keeps its reading shown
    lastFile = file;
    forget();
    const tally = Object.assign(createTally(scorer.questionnaire), { scorer });
    const release = () => tally.insightFrom && tally.insightFrom.release();
    progress.replaceChildren();
    bar = null;
    results.replaceChildren();
    printButton.hidden = true;
    say(() => [T.scoring]);
    let complete;
    try {
      complete = await work(tally, job);
    } catch (error) {
      release();
      if (current !== job) return;
      progress.replaceChildren();
      bar = null;
      if (file) reading.show(null, textsFor(scorer));  // no reading of a file that failed
      say(() => [error && error.unreadable ? T.fileUnreadable : T.failed]);
      return;
    }
    if (current !== job) {
      release();  // a newer input took over
      return;
    }
    const focused = progress.contains(document.activeElement);  // on Stop: keep the keyboard on the page
    progress.replaceChildren();
    bar = null;
    const status = () => statusOf(tally, complete, scorer !== scorers[0] && scorer.questionnaire.version);
    say(status);
    if (file) reading.show(tally.problem ? null : tally.layout, textsFor(scorer));
    if (tally.people.rows.length || tally.problems.length) {
      shown = { tally, from, status };
      render();
    } else {
      release();  // nothing to show, so a new floor or switch has nothing to show again
    }
    printButton.hidden = tally.people.rows.length === 0;
    const first = results.querySelector('h2');
    if (focused && first) {
      first.setAttribute('tabindex', '-1');
      first.focus();
    }
  }

  function loadFile(file) {
    const text = file.text();
    text.catch(() => {});  // a file that cannot be read is reported when its text is awaited
    scoreFile({ name: file.name, text });
  }

  /** Scores a CSV file (read once) by the version chosen now. */
  function scoreFile(file) {
    const scorer = inputs.chosen();
    const from = () => (scorer === scorers[0] ? format(T.fromFile, { name: file.name })
      : format(T.fromFileVersion, { name: file.name, version: number(scorer.questionnaire.version) }));
    load(from, async (tally, job) => {
      let text;
      try {
        text = await file.text;
      } catch {
        throw { unreadable: true };
      } finally {
        inputs.clearFile();
      }
      if (current !== job) return false;
      bar = progressBar(progress, () => { job.stopped = true; });
      const idColumn = reading.idColumn();  // read here, once load() has set a new file's choice aside
      return scoreCsvText(scorer.handle, tally, text, (done, total) => current === job && bar.update(done, total),
        () => current === job && !job.stopped, { ...(idColumn === null ? {} : { idColumn }), ...headerNames(scorer) });
    }, { scorer, file });
  }

  function loadLinks(text) {
    if (!text.trim()) {
      say(() => [T.noLinks]);
      inputs.focusLinks();
      return;
    }
    load(() => T.fromLinks, async (tally) => {
      scoreLinks(scorers, tally, text);
      return true;
    });
  }

  function loadExample() {
    load(() => T.fromExample, async (tally) => {
      const rows = exampleRows(questionnaire, EXAMPLE_PEOPLE);
      addColumns(tally, scorers[0].handle.scoreRows(rows));
      tally.ids = 'exampleId';
      tally.insightFrom = rowsInsight(scorers[0].handle, rows);
      tally.lines = tally.total = EXAMPLE_PEOPLE;
      return true;
    });
  }

  return { leave: unmount, redraw };
}
