// Saved progress and history in localStorage, under versioned keys (docs/page-contract.md).
// Every read is defensive: anything unreadable is moved under crossroads:setaside:<key>:<time> and
// reported through notify(); storage that is missing or full is reported once. Nothing here throws.

const HISTORY_KEY = 'crossroads:history';
const HISTORY_LIMIT = 200;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value) => typeof value === 'string' || Number.isFinite(value);

/**
 * @param questionnaire the engine's questionnaire object (id, version, items, scale)
 * @param notify called with a key of S: 'progressSetAside' | 'historySetAside' | 'storageUnavailable'
 */
export function createStorage(questionnaire, notify) {
  const { id, version, scale } = questionnaire;
  const count = questionnaire.items.length;
  const progressKey = `crossroads:progress:${id}:${version}`;
  let warned = false;

  function unavailable() {
    if (!warned) notify('storageUnavailable');
    warned = true;
  }

  function attempt(action, fallback) {
    try {
      return action(window.localStorage);
    } catch {
      unavailable();
      return fallback;
    }
  }

  const read = (key) => attempt((store) => store.getItem(key), null);
  const write = (key, value) => attempt((store) => (store.setItem(key, value), true), false);
  const remove = (key) => attempt((store) => store.removeItem(key));

  function setAside(key, raw, notice) {
    if (write(`crossroads:setaside:${key}:${Date.now()}`, raw)) remove(key);
    notify(notice);
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

  const isAnswer = (a) => a === null || (Number.isInteger(a) && a >= scale.min && a <= scale.max);
  const isProgress = (p) => isObject(p) && p.v === 1 && Array.isArray(p.answers) &&
    p.answers.length === count && p.answers.every(isAnswer) && Number.isInteger(p.current) &&
    p.current >= 0 && p.current < count && Number.isFinite(p.elapsedMs) && p.elapsedMs >= 0 &&
    isTime(p.startedAt);
  const isEntry = (e) => isObject(e) && typeof e.id === 'string' && isTime(e.date) &&
    isObject(e.questionnaire) && typeof e.questionnaire.id === 'string' &&
    Number.isInteger(e.questionnaire.version) && Array.isArray(e.answers) && Number.isFinite(e.seconds);
  const isHistory = (h) => isObject(h) && h.v === 1 && Array.isArray(h.entries) && h.entries.every(isEntry);

  /** Moves progress saved for other versions of this questionnaire out of the way. */
  function setAsideOldProgress() {
    const prefix = `crossroads:progress:${id}:`;
    const keys = attempt((store) => Array.from({ length: store.length }, (_, i) => store.key(i)), []);
    for (const key of keys) {
      if (key && key.startsWith(prefix) && key !== progressKey) setAside(key, read(key) ?? '', 'progressSetAside');
    }
  }

  let history = { v: 1, entries: [] };

  return {
    /** Checks that storage works at all, and tidies old keys; call once at start. */
    open() {
      write('crossroads:probe', '1');
      remove('crossroads:probe');
      setAsideOldProgress();
      history = readJson(HISTORY_KEY, isHistory, 'historySetAside') || history;
    },
    loadProgress: () => readJson(progressKey, isProgress, 'progressSetAside'),
    saveProgress: (progress) => write(progressKey, JSON.stringify({ v: 1, ...progress })),
    clearProgress: () => remove(progressKey),
    /** History entries, oldest first (kept in memory too, so it works without storage). */
    historyEntries: () => history.entries,
    addToHistory(entry) {
      history = { v: 1, entries: [...history.entries, entry].slice(-HISTORY_LIMIT) };
      write(HISTORY_KEY, JSON.stringify(history));
    },
  };
}
