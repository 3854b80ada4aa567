// Another tab answering the same questionnaire. Two tabs would overwrite each other's answers
// without a word; instead this tab stops saving and lets the person choose whose answers to keep.
// A tab that is not answering has nothing to lose and simply takes the other tab's answers.
import { app } from './state.js';
import { S } from '../strings.js';
import { restore, saveProgress } from './progress.js';
import { showQuestion } from './questions.js';
import { showWelcome } from './welcome.js';

export function otherTabChanged(key) {
  if (key !== null && key !== app.saved.key) return;
  const theirs = app.saved.load();
  const answers = (progress) => JSON.stringify(progress && progress.answers);
  if (answers(theirs) === answers(app.progress)) return;
  if (!app.answering) {
    adopt(theirs);
    return;
  }
  app.conflict = true;
  const settle = (keepMine) => () => {
    settleConflict();
    if (keepMine) saveProgress();
    else adopt(app.saved.load());
  };
  app.notices.say(() => S.otherTab, 'tabs', [{ label: () => S.loadOtherTab, choose: settle(false) },
    { label: () => S.keepMine, choose: settle(true) }]);
}

export function settleConflict() {
  app.conflict = false;
  app.notices.clear('tabs');
}

// The other tab's answers are shown at once where they are on screen: a statement or Welcome.
function adopt(saved) {
  restore(saved);
  if (app.answering && saved) showQuestion(saved.current);
  else if (app.answering || document.querySelector('main.welcome')) {
    app.answering = false;
    app.stopwatch.stop();
    showWelcome();
  }
}
