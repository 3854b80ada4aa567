// Measures what the README promises about speed and size. Run through `./build.sh bench`.
// Prints a Markdown table to paste into the README; nothing here asserts a time.
// Each part lives in its own file: cli.js (command line), wasm.js (engine under node), page.js.
'use strict';
const { rows } = require('./common.js');
const benchCli = require('./cli.js');
const benchWasm = require('./wasm.js');
const benchPage = require('./page.js');

(async () => {
  console.log(`Crossroads benchmarks, ${new Date().toISOString().slice(0, 10)}, ${require('os').cpus().length} cores\n`);
  benchCli();
  await benchWasm();
  await benchPage();
  console.log('\n| measure | figure |\n|---|---|');
  for (const [what, figure] of rows) console.log(`| ${what} | ${figure} |`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
