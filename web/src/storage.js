// What the page keeps in localStorage, under versioned keys (docs/page-contract.md): progress per
// questionnaire, history, the person's own questionnaires and the language they chose. Every read
// is defensive: anything unreadable is moved under crossroads:setaside:<key>:<time> and reported
// through notify(). Storage that is missing or full is reported once and the page carries on from
// memory, so a failed write never loses what this session holds. Nothing here throws.

const PREFIX = 'crossroads:';
const HISTORY_KEY = 'crossroads:history';
const CUSTOM_PREFIX = 'crossroads:custom:';
const ACTIVE_KEY = 'crossroads:active-questionnaire';
const LANGUAGE_KEY = 'crossroads:lang';
const HISTORY_LIMIT = 200;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value) => typeof value === 'string' || Number.isFinite(value);
const isEntry = (e) => isObject(e) && typeof e.id === 'string' && isTime(e.date) &&
  isObject(e.questionnaire) && typeof e.questionnaire.id === 'string' &&
  Number.isInteger(e.questionnaire.version) && Array.isArray(e.answers) &&
  (e.seconds === null || Number.isFinite(e.seconds));  // -1 (or null): not known
// How many answers a saved progress holds, and of how many: null when it cannot be read.
function answeredIn(raw) {
  try {
    const { answers } = JSON.parse(raw);
    if (!Array.isArray(answers)) return null;
    return { answered: answers.filter((a) => a !== null).length, count: answers.length };
  } catch {
    return null;
  }
}
const isHistory = (h) => isObject(h) && h.v === 1 && Array.isArray(h.entries) && h.entries.every(isEntry);

/**
 * @param notify called with a key of S: 'progressSetAside' | 'historySetAside' | 'storageUnavailable'
 *   | 'storageFull'
 */
export function createStorage(notify) {
  let warned = false;
  let history = { v: 1, entries: [] };
  let changed = () => {};

  function attempt(action, fallback) {
    try {
      return action(window.localStorage);
    } catch (error) {
      // Once per visit: a notice on every answer would only repeat what the person already knows.
      if (!warned) notify(error && error.name === 'QuotaExceededError' ? 'storageFull' : 'storageUnavailable');
      warned = true;
      return fallback;
    }
  }

  const read = (key) => attempt((store) => store.getItem(key), null);
  const write = (key, value) => attempt((store) => (store.setItem(key, value), true), false);
  const remove = (key) => attempt((store) => store.removeItem(key));
  const keys = () => attempt((store) => Array.from({ length: store.length }, (_, i) => store.key(i)), [])
    .filter((key) => key && key.startsWith(PREFIX));

  // Moves raw under a set-aside key; the original goes only once the copy is written, so a failed
  // write (full or blocked storage, already reported by attempt()) leaves it where it was. Returns
  // whether it moved; notice, if any, is said either way.
  function setAside(key, raw, notice) {
    const moved = write(`crossroads:setaside:${key}:${Date.now()}`, raw);
    if (moved) remove(key);
    if (notice) notify(notice);
    return moved;
  }

  function readJson(key, isValid, notice) {
    const raw = read(key);
    if (raw === null) return null;
    let value;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (isValid(value)) return value;
    setAside(key, raw, notice);
    return null;
  }

  const readHistory = () => readJson(HISTORY_KEY, isHistory, 'historySetAside');
  const saveHistory = (entries) => {
    history = { v: 1, entries: entries.slice(-HISTORY_LIMIT) };
    write(HISTORY_KEY, JSON.stringify(history));
  };

  return {
    /** Checks that storage works at all and reads history; call once at start. */
    open() {
      write('crossroads:probe', '1');
      remove('crossroads:probe');
      history = readHistory() || history;
      // Another tab changed something: history is re-read so a later write here keeps its entries.
      window.addEventListener('storage', ({ key }) => {
        if (key === null || key === HISTORY_KEY) history = readHistory() || { v: 1, entries: [] };
        if (key === null || key.startsWith(PREFIX)) changed(key);
      });
    },

    /** Called with the key another tab changed (null when it cleared everything). */
    onChange(listener) {
      changed = listener;
    },

    /**
     * Saved progress for one questionnaire. Progress saved for another version of it answers other
     * statements, so it is set aside (never mixed in, never deleted) and reported as
     * replaced: { answered, count } for the page to explain. Of several such keys (versions 1 and 3),
     * replaced is the one with the most answers: the notice gives one count, and a sum over lists of
     * different statements would be a count of nothing the person saw.
     */
    progress(questionnaire) {
      const { id, version, scale } = questionnaire;
      const count = questionnaire.items.length;
      const key = `crossroads:progress:${id}:${version}`;
      let replaced = null;
      for (const other of keys()) {
        if (other.startsWith(`crossroads:progress:${id}:`) && other !== key) {
          const raw = read(other) ?? '';
          // Not moved: it stays under its own key, and the storage notice already said why; saying
          // it was kept aside would be false (and said again on every load).
          if (!setAside(other, raw)) continue;
          const old = answeredIn(raw);
          if (!old) notify('progressSetAside');
          else if (!replaced || old.answered > replaced.answered) replaced = old;
        }
      }
      const isAnswer = (a) => a === null || (Number.isInteger(a) && a >= scale.min && a <= scale.max);
      const isProgress = (p) => isObject(p) && p.v === 1 && Array.isArray(p.answers) &&
        p.answers.length === count && p.answers.every(isAnswer) && Number.isInteger(p.current) &&
        p.current >= 0 && p.current < count && Number.isFinite(p.elapsedMs) && p.elapsedMs >= 0 &&
        isTime(p.startedAt);
      return {
        key,
        replaced,
        load: () => readJson(key, isProgress, 'progressSetAside'),
        save: (progress) => write(key, JSON.stringify({ v: 1, ...progress })),
        clear: () => remove(key),
      };
    },

    /** History entries, oldest first (kept in memory too, so it works without storage). */
    historyEntries: () => history.entries,
    addToHistory: (entry) => saveHistory([...history.entries, entry]),
    removeFromHistory: (id) => saveHistory(history.entries.filter((entry) => entry.id !== id)),

    /** The person's own questionnaires, as the JSON text they loaded, one per questionnaire id. */
    customSources: () => keys().filter((key) => key.startsWith(CUSTOM_PREFIX)).map(read).filter(Boolean),
    saveCustom: (id, source) => write(CUSTOM_PREFIX + id, source),
    /** The JSON text of the questionnaire in use, or '' for the built-in one. */
    activeSource() {
      const id = read(ACTIVE_KEY);
      return (id && read(CUSTOM_PREFIX + id)) || '';
    },
    setActive: (id) => (id ? write(ACTIVE_KEY, id) : remove(ACTIVE_KEY)),
    /** Moves the questionnaire in use out of the way when the engine cannot read it any more. */
    setActiveAside() {
      const key = CUSTOM_PREFIX + read(ACTIVE_KEY);
      setAside(key, read(key) ?? '', 'customSetAside');
      remove(ACTIVE_KEY);
    },

    /** The language the person chose in the menu (a code as they chose it), or null. */
    language: () => read(LANGUAGE_KEY),
    setLanguage: (code) => write(LANGUAGE_KEY, code),

    /** Removes every key the page wrote (the language chosen too: it is a choice made on this device). */
    clearAll() {
      history = { v: 1, entries: [] };
      keys().forEach(remove);
    },
  };
}
