// Why this exists: the command line picks plural forms with hand-written CLDR rules
// (cli/plural.cpp); this writes what node's Intl.PluralRules (ICU's CLDR data) says for the same
// counts, so tests/cli/plural_test.cpp can hold the rules to it without ICU in the build. Run it
// again only to follow a newer CLDR, and review the diff.
// Usage: node tests/cli/make_plural_table.js [OUT.json] (default tests/fixtures/plural_categories.json)
'use strict';
const fs = require('fs');
const path = require('path');

const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt-BR', 'ar'];
// Every count up to 200 covers each rule's small numbers and Arabic's last-two-digit forms across
// two hundreds; the large ones cover the "many" of whole thousands and millions.
const kDenseUpTo = 200;
const LARGE = [1000, 1000000, 2000000];

function table() {
  const numbers = [...Array.from({ length: kDenseUpTo + 1 }, (_, n) => n), ...LARGE];
  const categories = Object.fromEntries(LANGUAGES.map((code) => {
    const rules = new Intl.PluralRules(code);
    return [code, numbers.map((n) => rules.select(n))];
  }));
  return { source: `node ${process.version}, ICU ${process.versions.icu}, Intl.PluralRules`, numbers, categories };
}

// One line per list, so a change in CLDR shows as a readable diff.
function serialise({ source, numbers, categories }) {
  const languages = Object.entries(categories)
    .map(([code, list]) => `    ${JSON.stringify(code)}: ${JSON.stringify(list)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(source)},\n  "numbers": ${JSON.stringify(numbers)},\n` +
    `  "categories": {\n${languages}\n  }\n}\n`;
}

if (require.main === module) {
  const out = process.argv[2] || path.resolve(__dirname, '../fixtures/plural_categories.json');
  fs.writeFileSync(out, serialise(table()));
}
