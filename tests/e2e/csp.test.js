// dist/index.html as a file: the Content-Security-Policy meta tag is the contract's, with no
// 'unsafe-eval' or 'unsafe-inline', and nothing in the markup would need them.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { DIST } = require('./harness');

const CONTRACT = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function html() {
  const file = path.join(DIST, 'index.html');
  assert.ok(fs.existsSync(file), `${file} is missing: run ./build.sh first`);
  return fs.readFileSync(file, 'utf8');
}

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : null;
};
const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

function policy(text) {
  const metas = [...text.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0])
    .filter((tag) => (attr(tag, 'http-equiv') || '').toLowerCase() === 'content-security-policy');
  assert.equal(metas.length, 1, 'exactly one CSP meta tag');
  const content = decode(attr(metas[0], 'content') || '');
  const directives = {};
  for (const part of content.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    assert.equal(directives[name.toLowerCase()], undefined, `directive ${name} given twice`);
    directives[name.toLowerCase()] = sources;
  }
  return { content, directives, index: text.search(/<meta\b[^>]*content-security-policy/i) };
}

test('the CSP meta tag has no \'unsafe-eval\' and no \'unsafe-inline\'', () => {
  const { content, directives } = policy(html());
  const sources = Object.values(directives).flat().map((s) => s.toLowerCase());
  assert.ok(!sources.includes("'unsafe-eval'"), content);
  assert.ok(!sources.includes("'unsafe-inline'"), content);
  assert.ok(!sources.some((s) => s.startsWith("'unsafe-hashes'") || s.startsWith("'nonce-") || s.startsWith("'sha")), content);
  assert.ok(!sources.includes('*') && !sources.some((s) => /^(https?:|wss?:|blob:)$/.test(s)), `no wildcards: ${content}`);
});

test('the CSP is the one docs/page-contract.md states', () => {
  const { directives } = policy(html());
  assert.deepStrictEqual(directives, CONTRACT);
});

test('the CSP comes before any script or stylesheet, and the markup needs no inline code', () => {
  const text = html();
  const { index } = policy(text);
  const firstResource = text.search(/<script\b|<link\b[^>]*stylesheet/i);
  assert.ok(firstResource === -1 || index < firstResource, 'the meta tag is read before anything loads');

  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  for (const [, attrs, body] of scripts) {
    assert.ok(/\ssrc\s*=/.test(attrs), `inline script: ${body.slice(0, 80)}`);
    assert.equal(body.trim(), '', 'a script with src has no body');
  }
  const srcs = scripts.map(([tag]) => (attr(tag, 'src') || '').replace(/^\.\//, ''));
  // Only app.js: the engine (engine.js, engine.wasm) loads when something needs it, not on a first visit.
  assert.deepStrictEqual(srcs, ['app.js'], 'the page loads app.js alone');
  assert.ok(/\sdefer\b/i.test(scripts[0][1]), 'app.js is deferred');
  assert.ok(!/type\s*=\s*["']?module/i.test(scripts[0][1]), 'app.js is a classic script (file:// blocks modules)');
  assert.ok(!/print\.css/.test(text), 'print.css comes with the engine, not with the first visit');
  assert.ok(!/<style\b/i.test(text), 'no <style> element');
  assert.ok(!/\sstyle\s*=/i.test(text), 'no style= attribute');
  assert.ok(!/\son[a-z]+\s*=/i.test(text), 'no inline event handler attributes');
  assert.ok(!/javascript:/i.test(text), 'no javascript: URLs');
  assert.ok(!/(src|href)\s*=\s*["']?(https?:)?\/\//i.test(text), 'nothing loaded from another origin');
});

test('the files the page loads exist in dist/', () => {
  const text = html();
  const refs = [...text.matchAll(/\s(?:src|href)\s*=\s*["']([^"'#?]+)/gi)].map((m) => m[1])
    .filter((r) => !/^(data:|mailto:|#)/.test(r));
  for (const ref of refs) assert.ok(fs.existsSync(path.join(DIST, ref)), `dist/${ref} is missing`);
  for (const name of ['engine.js', 'engine.wasm', 'engine-wasm.js', 'app.js', 'team.js', 'print.css', 'sw.js']) {
    assert.ok(fs.existsSync(path.join(DIST, name)), `dist/${name} is missing`);
  }
});
