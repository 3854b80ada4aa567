// Writes the WASM bytes as a classic script, for pages opened from disk: file:// forbids
// fetch, but a <script src> still loads. Usage: node make_wasm_script.js IN.wasm OUT.js GLOBAL
'use strict';
const fs = require('fs');
const [input, output, name] = process.argv.slice(2);
const base64 = fs.readFileSync(input).toString('base64');
fs.writeFileSync(output, `globalThis.${name}=${JSON.stringify(base64)};\n`);
