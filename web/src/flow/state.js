// The page's one piece of state. Every flow module reads and changes this object; nothing else
// holds state between screens.
import { createNotices } from '../notices.js';
import { createStopwatch } from '../stopwatch.js';

export const app = {
  /** the engine once loaded (engine_gate.js), else null: Welcome and the statements never need it */
  engine: null,
  /** the built-in questionnaire as the build wrote it (the engine's own `questions --json`) */
  builtin: null,
  /** the questionnaire in use: its JSON text ('' for the built-in one, as the engine takes it) */
  source: '',
  questionnaire: null,
  storage: null,
  /** saved progress of the questionnaire in use (storage.progress()) */
  saved: null,
  /** true while another tab's answers wait for the person to choose between them and ours */
  conflict: false,
  notices: createNotices(),
  screens: null,
  stopwatch: createStopwatch(),
  /** { answers, current, startedAt } while a questionnaire is under way, else null */
  progress: null,
  answering: false,
  /** while the team view is shown: () → stops what it is scoring and releases its stream */
  leaveTeam: null,
};

export const answeredCount = (answers) => answers.filter((a) => a !== null).length;
