// Stamps the service worker with the list of files to keep offline and a hash of their
// contents, so every build that changes a byte replaces the old cache.
// Usage: node make_service_worker.js web/sw.js dist
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const [template, dist] = process.argv.slice(2);
// engine-wasm.js is only for file://, where no service worker runs.
const skip = new Set(['sw.js', 'engine-wasm.js']);
const files = fs.readdirSync(dist).filter((f) => !skip.has(f)).sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dist, f)));
const source = fs.readFileSync(template, 'utf8')
  .replaceAll('__CACHE_VERSION__', hash.digest('hex').slice(0, 16))
  .replaceAll('__PRECACHE__', JSON.stringify(['./', ...files]));
fs.writeFileSync(path.join(dist, 'sw.js'), source);
