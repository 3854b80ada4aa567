// Stamps the service worker with the list of files to keep offline and a hash of their
// contents, so every build that changes a byte replaces the old cache. The list holds the top-level
// files and every language's scripts (lang/), so a person offline can switch language too.
// Usage: node make_service_worker.js web/sw.js dist
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const [template, dist] = process.argv.slice(2);
// engine-wasm.js is only for file://, where no service worker runs. The pseudo-locale en-XA is for
// tests only (reached with ?lang=en-XA): no visitor should download it to keep offline.
const skip = new Set(['sw.js', 'engine-wasm.js', 'lang/en-XA.js', 'lang/en-XA-team.js']);
const filesIn = (dir, prefix = '') => fs.readdirSync(path.join(dist, dir)).sort().flatMap((name) => {
  const relative = `${prefix}${name}`;
  return fs.statSync(path.join(dist, relative)).isDirectory() ? filesIn(relative, `${relative}/`) : [relative];
});
const files = filesIn('').filter((f) => !skip.has(f));
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dist, f)));
const source = fs.readFileSync(template, 'utf8')
  .replaceAll('__CACHE_VERSION__', hash.digest('hex').slice(0, 16))
  .replaceAll('__PRECACHE__', JSON.stringify(['./', ...files]));
fs.writeFileSync(path.join(dist, 'sw.js'), source);
