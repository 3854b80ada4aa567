// The page's one piece of state. Every flow module reads and changes this object; nothing else
// holds state between screens.
import { createNotices } from '../notices.js';
import { createStopwatch } from '../stopwatch.js';

export const app = {
  /** the engine once loaded (engine_gate.js), else null: Welcome and the statements never need it */
  engine: null,
  /** the built-in questionnaire in the page's language, from the language pack (the engine's own
   *  `questions --json --lang`) */
  builtin: null,
  /** the questionnaire in use: its JSON text ('' for the built-in one, as the engine takes it) */
  source: '',
  /** the questionnaire in use as the engine opened it (its own texts) */
  original: null,
  /** the same questionnaire (ids, rules) with its texts in the page's language where it has them
   *  (flow/content.js), and { attrs, note } when they are in another language */
  questionnaire: null,
  content: { attrs: {}, note: null },
  storage: null,
  /** saved progress of the questionnaire in use (storage.progress()) */
  saved: null,
  /** true while another tab's answers wait for the person to choose between them and ours */
  conflict: false,
  notices: createNotices(),
  screens: null,
  /** the header's language menu (language_menu.js) and { relabel() }: the header in the words in use */
  menu: null,
  shell: null,
  stopwatch: createStopwatch(),
  /** { answers, current, startedAt } while a questionnaire is under way, else null */
  progress: null,
  answering: false,
  /** while the team view is shown: { leave() (stops what it is scoring and releases its stream),
   *  redraw() (its words again, in the language now in use) } */
  team: null,
};

export const answeredCount = (answers) => answers.filter((a) => a !== null).length;
