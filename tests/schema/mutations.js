// Mutated questionnaire files for the differential test (not a test file itself). Each case is
// { name, bytes }: a valid questionnaire changed once or twice, on the parsed object (fields,
// types, bounds, ids, tiling) and/or on the serialised bytes (truncation, encoding, comments).
// Pieces JSON.stringify cannot write (1.0, duplicate keys, 100000 nested arrays, \ud800 escapes)
// go in as markers, "@@0@@", swapped for raw text after serialising.
'use strict';
const fs = require('fs');
const path = require('path');
const { rng } = require('../seeded_random');

const ROOT = path.resolve(__dirname, '..', '..');
const BASES = [
  'docs/examples/minimal.json',
  'docs/examples/team-lead.json',
  'docs/examples/two-languages.json',
  'assessment/content/questionnaire.json',
  'assessment/content/archive/questionnaire-v1.json',
].map((file) => ({ file, value: JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) }));
const BUILTIN = BASES[3].value;


const clone = (x) => JSON.parse(JSON.stringify(x));
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (p) => p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1) || '(root)';

// Every value below the root as { path, parent, key, value }.
function walk(value, at = [], out = []) {
  const children = Array.isArray(value) ? value.entries() : isObject(value) ? Object.entries(value) : [];
  for (const [key, child] of children) {
    const p = [...at, key];
    out.push({ path: p, parent: value, key, value: child });
    walk(child, p, out);
  }
  return out;
}

// Rewrites the bands' min/max so they tile items x scale.min .. items x scale.max again.
function retile(q) {
  const n = q.items.length;
  const lo = n * q.scale.min;
  const span = n * (q.scale.max - q.scale.min) + 1;
  const k = Math.min(q.bands.length, span);
  q.bands.length = k;
  q.bands.forEach((b, i) => {
    b.min = lo + Math.floor((i * span) / k);
    b.max = lo + Math.floor(((i + 1) * span) / k) - 1;
  });
}

// Sets the number of items (clones with fresh ids when growing) and re-tiles the bands.
function resize(q, count) {
  const items = q.items;
  q.items = Array.from({ length: count }, (_, i) =>
    i < items.length ? items[i] : { ...items[i % items.length], id: `extra-${i}` });
  retile(q);
}

const WRONG_TYPES = ['x', '', 7, 0, -1, 1.5, true, false, null, [], ['x'], {}, { id: 'x' }];
const IDS = ['a'.repeat(64), 'a'.repeat(65), '', 'Ab', 'a_b', 'a b', 'é', 'abc\n', '-', '0', '9-9', ' a'];
const TEXTS = ['', ' ', 'é', '😀', '\u2028', '\u0000', '\\', '"', '\ud800', 'x'.repeat(5000)];
// Numbers as written in the file: whole ones (1.0, 1e0) count as whole numbers, as in JSON Schema.
const WHOLE_FORMS = (n) => [`${n}.0`, `${n}e0`, `${n}E+0`, `${n}0e-1`, `${n}.000`, `${n}.5`,
  `${n}.0000000000000001`, `${n}.000000000000000000001`, `${n}.00001`, `${n * 1000}e-3`];
const ZERO_FORMS = ['-0', '0.0', '-0.0', '0e0', '0e400', '0.0e-999', '1e-400', '-1e-400'];
const VERSIONS = [0, 1, 2, -1, 2147483647, 2147483648, 4294967296, -2147483648, 1.5, 1e20];
const VERSION_TEXTS = ['1.0', '1e0', '10E-1', '0.1e1', '2147483647.0', '2.147483647e9',
  '2.147483648e9', '2147483647.0000000001', '2147483646.9999999999', '1e400', '-0', '1E+0',
  '1.00000000000000011102230246251565404236316680908203124',
  '1.00000000000000011102230246251565404236316680908203126', '0.99999999999999999999',
  // beyond 780 significant digits, where RapidJSON's full-precision reading stops counting
  `1.00000000000000011102230246251565404236316680908203125${'0'.repeat(800)}1`, `1.${'0'.repeat(800)}`];
const SCALES = [[-1000, -900], [-1001, -901], [900, 1000], [901, 1001], [0, 100], [0, 101],
  [5, 5], [5, 4], [-1000, 1000], [1000, 1001], [-50, 50], [-1, 0]];
const UNKNOWN_KEYS = ['extra', 'Format', 'ID', '__proto__', 'id ', '$comment', 'reverse', 'min', '$schema'];
const NESTING = [2, 63, 64, 65, 100, 100000];

// Structure mutations: (q, r, ctx) => name; q is a fresh clone to change in place.
// ctx.raw(text) returns a marker that stands for `text` written as-is in the file.
const STRUCTURE = {
  'delete key'(q, r) {
    const p = r.pick(walk(q).filter((e) => isObject(e.parent)));
    delete p.parent[p.key];
    return show(p.path);
  },
  'wrong type'(q, r) {
    const p = r.pick(walk(q));
    const v = r.pick(WRONG_TYPES.filter((w) => typeof w !== typeof p.value || Array.isArray(w) !== Array.isArray(p.value)));
    p.parent[p.key] = v;
    return `${show(p.path)} = ${JSON.stringify(v)}`;
  },
  'scale bounds'(q, r) {
    [q.scale.min, q.scale.max] = r.pick(SCALES);
    retile(q);
    return JSON.stringify(q.scale);
  },
  'version'(q, r, ctx) {
    const v = r.chance(0.5) ? r.pick(VERSIONS) : r.pick(VERSION_TEXTS);
    q.version = typeof v === 'string' ? ctx.raw(v) : v;
    return String(v).length > 60 ? `${String(v).slice(0, 60)}… (${String(v).length} characters)` : String(v);
  },
  'format'(q, r, ctx) {
    const v = r.pick([1, 2, 0, '1', true, '1.0', '1e0', '1.5', '0.1e1', '100e-2', '1.0000000000000001']);
    q.format = typeof v === 'string' && v !== '1' ? ctx.raw(v) : v;
    return JSON.stringify(v);
  },
  'whole number written out'(q, r, ctx) {
    const p = r.pick(walk(q).filter((e) => typeof e.value === 'number'));
    const text = p.value === 0 ? r.pick(ZERO_FORMS) : r.pick(WHOLE_FORMS(p.value));
    p.parent[p.key] = ctx.raw(text);
    return `${show(p.path)} = ${text}`;
  },
  'extreme totals'(q, r) {
    const [scale, count, nudge] = [r.pick(SCALES.slice(0, 4)), r.pick([199, 200, 201]), r.pick([0, 0, -1, 1])];
    [q.scale.min, q.scale.max] = scale;
    resize(q, count);
    q.bands[q.bands.length - 1].max += nudge;
    q.bands[0].min -= nudge;
    return `${count} items on ${scale}, ends moved by ${nudge}`;
  },
  'item count'(q, r) {
    const n = r.pick([1, 2, 199, 200, 201, 250]);
    resize(q, n);
    return String(n);
  },
  'id value'(q, r) {
    const id = r.pick(IDS);
    const where = r.pick(['id', 'poles.low.id', 'poles.high.id', 'theme', 'item', 'band']);
    if (where === 'id') q.id = id;
    else if (where === 'poles.low.id') q.poles.low.id = id;
    else if (where === 'poles.high.id') q.poles.high.id = id;
    else if (where === 'theme') { // renamed everywhere it is named
      const t = r.pick(q.themes);
      for (const item of q.items) if (item.theme === t.id) item.theme = id;
      t.id = id;
    } else r.pick(where === 'item' ? q.items : q.bands).id = id;
    return `${where} = ${JSON.stringify(id)}`;
  },
  'text value'(q, r) {
    const p = r.pick(walk(q).filter((e) => typeof e.value === 'string'));
    const v = r.pick(TEXTS);
    p.parent[p.key] = v;
    return `${show(p.path)} = ${JSON.stringify(v).slice(0, 20)}`;
  },
  'duplicate id'(q, r) {
    const list = r.pick(['themes', 'items', 'bands']);
    const [a, b] = [r.int(q[list].length), r.int(q[list].length)];
    if (list === 'themes' && a !== b) q.items.forEach((item) => { if (item.theme === q.themes[b].id) item.theme = q.themes[a].id; });
    q[list][b].id = q[list][a].id;
    if (a === b) q[list].push(clone(q[list][a]));
    if (list === 'bands' && a === b) retile(q);
    return `${list}[${b}] = ${list}[${a}]`;
  },
  'duplicate key'(q, r, ctx) {
    const p = r.pick([{ path: [], value: q }, ...walk(q)].filter((e) => isObject(e.value) && Object.keys(e.value).length));
    const key = r.pick(Object.keys(p.value));
    const value = r.chance(0.5) ? p.value[key] : r.pick(WRONG_TYPES);
    const entries = Object.entries(p.value);
    entries.splice(r.int(entries.length + 1), 0, [ctx.raw(JSON.stringify(key)), value]);
    for (const k of Object.keys(p.value)) delete p.value[k];
    Object.assign(p.value, Object.fromEntries(entries));
    return `${show([...p.path, key])} twice`;
  },
  'unknown field'(q, r, ctx) {
    const p = r.pick([{ path: [], value: q }, ...walk(q)].filter((e) => isObject(e.value)));
    const key = r.pick(UNKNOWN_KEYS.filter((k) => !(k in p.value)));
    p.value[ctx.raw(JSON.stringify(key))] = r.pick(['x', 1, null, {}]);
    return show([...p.path, key]);
  },
  '$schema'(q, r) {
    const v = r.pick(['https://json-schema.org/draft/2020-12/schema', './questionnaire.schema.json', '', 5, null, {}]);
    const rest = { ...q };
    for (const k of Object.keys(q)) delete q[k];
    Object.assign(q, { $schema: v }, rest);
    return JSON.stringify(v);
  },
  'deep nesting'(q, r, ctx) {
    const p = r.pick([{ path: [], value: q }, ...walk(q)].filter((e) => isObject(e.value)));
    const key = r.pick(['extra', ...Object.keys(p.value)]);
    const depth = r.pick(NESTING);
    const text = r.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    p.value[key] = ctx.raw(text);
    return `${show([...p.path, key])} ${depth} deep`;
  },
  'empty list'(q, r) {
    const p = r.pick(walk(q).filter((e) => Array.isArray(e.value)));
    p.parent[p.key] = [];
    return show(p.path);
  },
  'poles equal'(q) {
    q.poles.high.id = q.poles.low.id;
    return q.poles.low.id;
  },
  'theme not a theme'(q, r) {
    const item = r.pick(q.items);
    item.theme = r.pick(['nope', `${item.theme}x`, q.poles.low.id]);
    return `${item.id}.theme = ${item.theme}`;
  },
  'theme without statements'(q, r) {
    const t = r.pick(q.themes);
    q.items = q.items.filter((item) => item.theme !== t.id);
    if (q.items.length === 0) return 'no items left';
    retile(q);
    return t.id;
  },
  'band tiling'(q, r) {
    const i = r.int(q.bands.length);
    const how = r.pick(['min+1', 'min-1', 'max+1', 'max-1', 'max below min', 'swap', 'remove', 'reverse']);
    const b = q.bands[i];
    if (how === 'min+1') b.min += 1;
    else if (how === 'min-1') b.min -= 1;
    else if (how === 'max+1') b.max += 1;
    else if (how === 'max-1') b.max -= 1;
    else if (how === 'max below min') b.max = b.min - 1;
    else if (how === 'swap') q.bands.push(...q.bands.splice(i, 1));
    else if (how === 'remove') q.bands.splice(i, 1);
    else q.bands.reverse();
    return `bands[${i}] ${how}`;
  },
  'add optional fields'(q, r) {
    const name = r.pick(['credit', 'about', 'shapes', 'quality', 'advice', 'intro', 'description']);
    if (name === 'advice') r.pick(q.bands)[r.pick(['advice', 'next_steps', 'questions'])] = ['One.', 'Two.'];
    else if (name === 'intro') q.intro = '';
    else if (name === 'description') r.pick(q.themes).description = '';
    else q[name] = clone(BUILTIN[name]);
    return name;
  },
};

// The languages' own mutations (translation_mutations.js).
Object.assign(STRUCTURE, require('./translation_mutations')({ walk, isObject, clone }));

// Byte positions: just inside the quotes of every string, and between tokens outside strings.
function positions(bytes) {
  const inString = [];
  const between = [0, bytes.length];
  let open = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (open) {
      if (c === 0x5c) i++;
      else if (c === 0x22) { open = false; inString.push(i); }
    } else if (c === 0x22) { open = true; inString.push(i + 1); } else if ('{[,:'.includes(String.fromCharCode(c))) between.push(i + 1);
    else if ('}]'.includes(String.fromCharCode(c))) between.push(i);
  }
  return { inString, between };
}
const splice = (bytes, at, insert, cut = 0) =>
  Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at + cut)]);

const INVALID_UTF8 = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xc3], [0xf8, 0x88, 0x80, 0x80, 0x80]];
const SURROGATES = ['\\ud800', '\\udc00', '\\udbff\\ud800', '\\uD800', '\\ud800\\u0041', '\\ud83d\\ude00', '\\ud800\\'];
const TRAILING = [' ', '\n', '\r\n\t ', 'x', '{}', ' 1', ',', '\n// c', ']', '\u00a0', '\u0000', '\u0000garbage'];

// Text mutations: (bytes, r) => [name, bytes].
const TEXT = {
  'truncated'(b, r) { const at = r.int(b.length); return [`at ${at}`, b.subarray(0, at)]; },
  'invalid UTF-8'(b, r) {
    const { inString, between } = positions(b);
    const at = r.pick(r.chance(0.7) ? inString : between);
    const bad = r.pick(INVALID_UTF8);
    return [`${Buffer.from(bad).toString('hex')} at ${at}`, splice(b, at, bad)];
  },
  'valid UTF-8'(b, r) {
    const at = r.pick(positions(b).inString);
    const s = r.pick(['é', '😀', '\u2028', '\u00a0', '\u007f']);
    return [`${JSON.stringify(s)} at ${at}`, splice(b, at, s)];
  },
  'comment'(b, r) {
    const at = r.pick(positions(b).between);
    const c = r.pick(['// note\n', '/* note */', '#note\n']);
    return [`${JSON.stringify(c)} at ${at}`, splice(b, at, c)];
  },
  'trailing comma'(b, r) {
    const at = r.pick(positions(b).between.filter((i) => b[i] === 0x7d || b[i] === 0x5d));
    return [`at ${at}`, splice(b, at, ',')];
  },
  'NUL byte'(b, r) {
    const { inString, between } = positions(b);
    const at = r.pick([...r.sample(inString, 3), ...r.sample(between, 3), b.length]);
    return [`at ${at}`, splice(b, at, r.pick(['\u0000', '\u0000garbage', '\u0000}']))];
  },
  'after the document'(b, r) { const t = r.pick(TRAILING); return [JSON.stringify(t), Buffer.concat([b, Buffer.from(t)])]; },
  'byte-order mark'(b, r) {
    const how = r.pick(['at start', 'at start', 'twice', 'UTF-16', 'inside']);
    if (how === 'inside') return [how, splice(b, r.pick(positions(b).between), '\ufeff')];
    const bom = { 'at start': [0xef, 0xbb, 0xbf], twice: [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'UTF-16': [0xff, 0xfe] }[how];
    return [how, Buffer.concat([Buffer.from(bom), b])];
  },
  'surrogate escape'(b, r) {
    const at = r.pick(positions(b).inString);
    const s = r.pick(SURROGATES);
    return [`${s} at ${at}`, splice(b, at, s)];
  },
  'whitespace'(b, r) {
    const ws = r.pick([' ', '\t', '\r', '\n', '\r\n', '\u000b', '\u000c', '\u00a0']);
    let out = b;
    for (const at of r.sample(positions(b).between, 5).sort((x, y) => y - x)) out = splice(out, at, ws);
    return [JSON.stringify(ws), out];
  },
};

function random(seed) {
  const next = rng(seed);
  const r = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[r.int(list.length)],
    chance: (p) => next() < p,
    sample: (list, n) => Array.from({ length: Math.min(n, list.length) }, () => r.pick(list)),
  };
  return r;
}

// Case `index` of the run seeded with `seed`: the same pair always gives the same bytes.
function makeCase(seed, index) {
  const r = random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const base = r.pick(BASES);
  const q = clone(base.value);
  const raws = [];
  const ctx = { raw: (text) => `@@${raws.push(text) - 1}@@` };
  const names = [path.basename(base.file)];
  const structure = r.chance(0.8);
  for (let n = structure ? 1 + Number(r.chance(0.2)) : 0; n > 0; n--) {
    const kind = r.pick(Object.keys(STRUCTURE));
    let what;
    try {
      what = STRUCTURE[kind](q, r, ctx);
    } catch {
      what = 'not applicable after the first change'; // e.g. the scale was deleted
    }
    names.push(`${kind}: ${what}`);
  }
  let text = JSON.stringify(q, null, r.pick([0, 1, 2, '\t']));
  text = text.replace(/"@@(\d+)@@"/g, (_, i) => raws[i]);
  let bytes = Buffer.from(text, 'utf8');
  if (!structure || r.chance(0.25)) {
    const kind = r.pick(Object.keys(TEXT));
    const [what, out] = TEXT[kind](bytes, r);
    names.push(`${kind}: ${what}`);
    bytes = out;
  }
  return { name: names.join(' / '), bytes };
}

module.exports = { makeCase, BASES, ROOT, STRUCTURE, TEXT };
