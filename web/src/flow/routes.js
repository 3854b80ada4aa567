// What the address asks for: a shared result (#r=CODE), the team view (#team), or Welcome.
import { app } from './state.js';
import { S, errorText, format } from '../strings.js';
import { h } from '../dom.js';
import { earlierSources, knownQuestionnaires, openQuestionnaire } from '../custom_questionnaire.js';
import { openSharedLink } from '../shared_link.js';
import { loadTeam } from '../engine_loader.js';
import { leaveQuestions } from './progress.js';
import { showWelcome } from './welcome.js';
import { showResult } from './result.js';
import { showMessage, withEngine } from './engine_gate.js';

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
    showMessage(S.linkProblem, errorText(opened.error), S.goToStart, () => {
      clearSharedLink();
      showWelcome();
    });
    return;
  }
  const { result, answers, source, questionnaire, earlier } = opened;
  showResult({ result, answers, seconds: null, date: null, shared: true, source, questionnaire, earlier });
}

// The team view (web/src/team/, bundled as team.js) is fetched with the engine on first use.
function showTeam(engine, team) {
  const main = h('main', { class: 'card team' });
  const back = () => {
    history.replaceState(null, '', location.pathname + location.search);
    showWelcome();
  };
  app.leaveTeam = team.mount(main, {
    openQuestionnaire: (source) => openQuestionnaire(engine, source),
    earlierSources: () => earlierSources(engine),
    questionnaire: app.questionnaire, source: app.source, S, format, back, teamRules: engine.teamRules(),
  });
  app.screens.show(main, S.teamView);
}

export function route() {
  const code = sharedCode();
  // The team view is left, or shown anew: what it holds (a file being scored, its stream) goes.
  if (app.leaveTeam) {
    app.leaveTeam();
    app.leaveTeam = null;
  }
  if (location.hash === '#team') {
    leaveQuestions();
    const team = loadTeam();
    team.catch(() => {});
    withEngine((engine) => team.then((view) => location.hash === '#team' && showTeam(engine, view), () =>
      showMessage(S.loadFailed, S.loadFailedHelp, S.tryAgain, route)));
  } else if (code === null) showWelcome();
  else withEngine(() => showShared(code));
}
