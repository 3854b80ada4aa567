// What the address asks for: a shared result (#r=CODE), the team view (#team), or Welcome.
import { app } from './state.js';
import { S, errorText } from '../strings.js';
import { h } from '../dom.js';
import { earlierSources, knownQuestionnaires, openQuestionnaire } from '../custom_questionnaire.js';
import { openSharedLink } from '../shared_link.js';
import { loadTeam } from '../engine_loader.js';
import { useTeamWords } from '../language.js';
import { textsOf } from './content.js';
import { leaveQuestions } from './progress.js';
import { showWelcome } from './welcome.js';
import { showResult } from './result.js';
import { loadFailed, showMessage, withEngine } from './engine_gate.js';

function sharedCode() {
  const match = /^#r=(.*)$/.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function clearSharedLink() {
  if (sharedCode() !== null) history.replaceState(null, '', location.pathname + location.search);
}

function showShared(code) {
  leaveQuestions();
  const opened = openSharedLink(knownQuestionnaires(app.engine, app.storage, app.source), code);
  if (!opened.ok) {
    const words = () => ({ title: S.linkProblem, message: errorText(opened.error), action: S.goToStart });
    showMessage(words, () => {
      clearSharedLink();
      showWelcome();
    });
    return;
  }
  const { result, answers, source, questionnaire, earlier } = opened;
  showResult({ result, answers, seconds: null, date: null, shared: true, source, questionnaire, earlier });
}

// The team view (web/src/team/, bundled as team.js) is fetched with the engine on first use, with
// its words in the page's language (lang/<code>-team.js). Another language draws it again in place.
function showTeam(engine, team) {
  const main = h('main', { class: 'card team' });
  const back = () => {
    history.replaceState(null, '', location.pathname + location.search);
    showWelcome();
  };
  app.team = team.mount(main, {
    openQuestionnaire: (source) => openQuestionnaire(engine, source),
    earlierSources: () => earlierSources(engine),
    questionnaire: app.original, source: app.source, textsOf, back, teamRules: engine.teamRules(),
  });
  app.screens.show((again) => {
    if (again) app.team.redraw();
    return { main, title: S.teamView };
  });
}

export function route() {
  const code = sharedCode();
  // The team view is left, or shown anew: what it holds (a file being scored, its stream) goes.
  if (app.team) {
    app.team.leave();
    app.team = null;
  }
  if (location.hash === '#team') {
    leaveQuestions();
    const team = Promise.all([loadTeam(), useTeamWords()]).then(([view]) => view);
    team.catch(() => {});
    withEngine((engine) => team.then((view) => location.hash === '#team' && showTeam(engine, view), () =>
      showMessage(loadFailed, route)));
  } else if (code === null) showWelcome();
  else withEngine(() => showShared(code));
}
