// Stamps the service worker with the list of files to keep offline and a hash of their
// contents, so every build that changes a byte replaces the old cache.
// Usage: node make_service_worker.js web/sw.js dist
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const [template, dist] = process.argv.slice(2);
const skip = new Set(['sw.js', 'engine-wasm.js']);  // engine-wasm.js is only for file://
const files = fs.readdirSync(dist).filter((f) => !skip.has(f)).sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dist, f)));
const source = fs.readFileSync(template, 'utf8')
  .replace('__CACHE_VERSION__', hash.digest('hex').slice(0, 16))
  .replace('__PRECACHE__', JSON.stringify(['./', ...files]));
fs.writeFileSync(path.join(dist, 'sw.js'), source);
