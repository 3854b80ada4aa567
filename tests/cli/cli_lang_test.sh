#!/usr/bin/env bash
# Languages on the crossroads command line (issue 13): --lang on every command; the default from
# LC_ALL, then LC_MESSAGES, then LANG (exact code, then the language part; C and POSIX ask for none,
# so the built-in stays English); an unknown --lang refused, an unknown environment language
# ignored; version 1 exists only in English; totals, bands, ids and CSV output identical in every
# language; CSV headers in any language; validate of the built-in languages, of a language's file
# and of a custom file's translations, every missing and extra key named. The command line's own
# sentences follow the language too (the expected ones come from cli/strings/ via say; more in
# cli_sentences_test.sh).
# Usage: cli_lang_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup and helpers: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LANGUAGES=(en fr de es pt-BR ar en-XA)
TWO=$SRC/docs/examples/two-languages.json
FIX=$SRC/tests/fixtures/translations
# lang_of VAR=VALUE...: the lang `questions --json` picks in that environment
lang_of() {
  run_env "$@" -- questions --json
  field "$OUT" 'j["lang"]'
}

# --- questions, in every language --------------------------------------------------------------
for lang in "${LANGUAGES[@]}"; do
  run questions --json --lang "$lang"
  check "questions --json --lang $lang: exit 0, nothing on stderr" test "$RC" -eq 0 -a ! -s "$ERR"
  cp "$OUT" "$TMP/q-$lang.json"
  # The pseudo-locale is for tests: listed only when it is the language in use.
  check "questions --json --lang $lang: lang $lang, every language listed, $lang first" "$PY" -c '
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
lang, listed = sys.argv[2], [l for l in sys.argv[3:] if l != "en-XA" or sys.argv[2] == "en-XA"]
assert q["lang"] == lang, q["lang"]
assert q["languages"][0] == lang and sorted(q["languages"]) == sorted(listed), q["languages"]
' "$OUT" "$lang" "${LANGUAGES[@]}"
done
check "questions --json: the ids, scale, reversals and bands are the same in every language" "$PY" -c '
import json, sys
def rules(path):
    q = json.load(open(path, encoding="utf-8"))
    return (q["id"], q["version"], q["scale"], [p["id"] for p in q["poles"].values()],
            [t["id"] for t in q["themes"]], [(i["id"], i["theme"], i["reverse"]) for i in q["items"]],
            [(b["id"], b["min"], b["max"]) for b in q["bands"]])
en = rules(sys.argv[1])
for other in sys.argv[2:]:
    assert rules(other) == en, other
' "$TMP"/q-{en,fr,de,es,pt-BR,ar,en-XA}.json
FR_TITLE=$(field "$TMP/q-fr.json" 'j["title"]')
EN_TITLE=$(field "$TMP/q-en.json" 'j["title"]')
check "the French title is not the English one" test "$FR_TITLE" != "$EN_TITLE"
run questions --lang fr
check "questions --lang fr: the French title first" test "$(head -n 1 "$OUT")" = "$FR_TITLE"
check "questions --lang fr: the French first statement" \
  grep -qF "1. $(field "$TMP/q-fr.json" 'j["items"][0]["prompt"]')" "$OUT"

# --- the environment's language --------------------------------------------------------------
check "LANG=fr_FR.UTF-8: French" test "$(lang_of LANG=fr_FR.UTF-8)" = fr
check "LANG=pt_BR.UTF-8: pt-BR" test "$(lang_of LANG=pt_BR.UTF-8)" = pt-BR
check "LANG=pt_PT.UTF-8: pt-BR, by its language" test "$(lang_of LANG=pt_PT.UTF-8)" = pt-BR
check "LANG=ar_EG.UTF-8: Arabic" test "$(lang_of LANG=ar_EG.UTF-8)" = ar
check "LANG=de_AT@euro: German" test "$(lang_of LANG=de_AT@euro)" = de
check "LANG=C: English" test "$(lang_of LANG=C)" = en
check "LANG=POSIX: English" test "$(lang_of LANG=POSIX)" = en
check "no locale variable: English" test "$(lang_of)" = en
check "LANG=ja_JP.UTF-8 (not there): English" test "$(lang_of LANG=ja_JP.UTF-8)" = en
check "LANG=ja_JP.UTF-8: nothing said about it" test ! -s "$ERR" -a "$RC" -eq 0
check "LC_ALL over LANG" test "$(lang_of LC_ALL=de_DE.UTF-8 LANG=fr_FR.UTF-8)" = de
check "LC_MESSAGES over LANG" test "$(lang_of LC_MESSAGES=es_ES.UTF-8 LANG=fr_FR.UTF-8)" = es
check "LC_ALL over LC_MESSAGES" test "$(lang_of LC_ALL=ar_EG LC_MESSAGES=es_ES)" = ar
check "an empty LC_ALL counts as unset" test "$(lang_of LC_ALL= LANG=fr_FR.UTF-8)" = fr
run_env LANG=fr_FR.UTF-8 -- questions --json --lang de
check "--lang over the environment" test "$(field "$OUT" 'j["lang"]')" = de
run_env LANG=de_DE.UTF-8 -- questions --json --questionnaire "$TWO"
check "a custom file without the environment's language: its own, silently" \
  test "$(field "$OUT" 'j["lang"]')" = en -a ! -s "$ERR" -a "$RC" -eq 0
run_env LANG=fr_CA.UTF-8 -- questions --json --questionnaire "$TWO"
check "a custom file with the environment's language: that one" test "$(field "$OUT" 'j["lang"]')" = fr

# --- a language the questionnaire does not have ---------------------------------------------------
for cmd in "questions" "score 1 2 3 4 5 6 7 8 9 10 0 1 2 3 4" "team --csv -" "validate"; do
  # shellcheck disable=SC2086  # the command's words
  expect_bad "$cmd --lang xx" $cmd --lang xx
  check "$cmd --lang xx: names the code and the languages there are" \
    test "$(cat "$ERR")" = "crossroads: $(say en unknownLanguage xx "en, fr, de, es, pt-BR, ar")"
done
expect_bad "--lang de with a custom file in en and fr" questions --lang de --questionnaire "$TWO"
check "--lang de: names the file's languages, in German" \
  test "$(cat "$ERR")" = "crossroads: $(say de unknownLanguage de "en, fr")"
expect_bad "--lang without a value" questions --lang

# --- version 1 exists only in English ---------------------------------------------------------
run questions --json --questionnaire-version 1
cp "$OUT" "$TMP/v1-en.json"
run questions --json --questionnaire-version 1 --lang fr
check "version 1 --lang fr: exit 0" test "$RC" -eq 0
check "version 1 --lang fr: English texts" cmp -s "$OUT" "$TMP/v1-en.json"
check "version 1 --lang fr: one line on stderr says why, in French" \
  test "$(cat "$ERR")" = "crossroads: $(say fr englishOnly 1)"
run_env LANG=fr_FR.UTF-8 -- questions --json --questionnaire-version 1
check "version 1 with LANG=fr_FR: English, silently" cmp -s "$OUT" "$TMP/v1-en.json"
check "version 1 with LANG=fr_FR: nothing on stderr" test ! -s "$ERR"
expect_bad "version 1 --lang xx" questions --questionnaire-version 1 --lang xx

# --- score and team: the texts follow the language, the figures and ids do not ------------------
for lang in "${LANGUAGES[@]}"; do
  run score "${FIFTEEN[@]}" --json --lang "$lang"
  cp "$OUT" "$TMP/r-$lang.json"
  run score "${FIFTEEN[@]}" --lang "$lang"
  check "score --lang $lang: the band's title and summary in $lang" grep -qxF "$(say "$lang" band \
    "$(field "$TMP/r-$lang.json" 'j["band"]["title"]')" "$(field "$TMP/r-$lang.json" 'j["band"]["summary"]')")" "$OUT"
  check "score --lang $lang: the band is the one questions --lang $lang names" test \
    "$(field "$TMP/r-$lang.json" 'j["band"]["title"]')" = \
    "$(field "$TMP/q-$lang.json" '[b["title"] for b in j["bands"] if b["id"] == "both"][0]')"
done
check "score --json: totals, bands, themes, margin, shape and drivers identical in every language" "$PY" -c '
import json, sys
def figures(path):
    r = json.load(open(path, encoding="utf-8"))
    return (r["total"], r["band"]["id"], r["band"]["min"], r["band"]["max"],
            [(t["id"], t["score"], t["leaning"]) for t in r["themes"]], r["margin"], r["shape"],
            r["drivers"], r["quality"], r["items"])
en = figures(sys.argv[1])
assert en[0] == 57 and en[1] == "both", en[:2]
for other in sys.argv[2:]:
    assert figures(other) == en, other
' "$TMP"/r-{en,fr,de,es,pt-BR,ar,en-XA}.json
run score "${FIFTEEN[@]}" --lang ar
check "score --lang ar: the themes in Arabic" grep -qF "$(field "$TMP/q-ar.json" 'j["themes"][0]["title"]')" "$OUT"

# A team's CSV, its header naming statements by their English prompts: read in every language.
"$PY" - "$TMP/q-en.json" "$TMP/team.csv" <<'EOF'
import csv, json, random, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
random.seed(13)
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id"] + [i["prompt"] for i in q["items"]])
    for p in range(24):
        w.writerow(["p%d" % p] + [random.randint(0, 10) for _ in q["items"]])
EOF
for lang in "${LANGUAGES[@]}"; do
  run score --csv "$TMP/team.csv" --lang "$lang"
  check "score --csv --lang $lang: exit 0 (English headers read)" test "$RC" -eq 0
  cp "$OUT" "$TMP/csv-$lang.csv"
  run team --csv "$TMP/team.csv" --json --lang "$lang"
  cp "$OUT" "$TMP/team-$lang.json"
  run team --csv "$TMP/team.csv" --lang "$lang"
  check "team --lang $lang: the first theme's title in $lang" \
    grep -qF "$(field "$TMP/q-$lang.json" 'j["themes"][0]["title"]')" "$OUT"
done
for lang in fr de es pt-BR ar en-XA; do
  check "score --csv --lang $lang: byte for byte the English output" cmp -s "$TMP/csv-$lang.csv" "$TMP/csv-en.csv"
  check "team --json --lang $lang: the English figures and ids" cmp -s "$TMP/team-$lang.json" "$TMP/team-en.json"
done
check "score --csv: band ids, never titles" "$PY" -c '
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert len(rows) == 24 and {r["band"] for r in rows} <= {"management", "both", "mastery"}, rows[0]
' "$TMP/csv-fr.csv"
"$PY" -c '
import csv, json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
rows[0] = ["id"] + [i["short"] for i in q["items"]]
csv.writer(open(sys.argv[3], "w", newline="", encoding="utf-8")).writerows(rows)
' "$TMP/q-ar.json" "$TMP/team.csv" "$TMP/team-ar-headers.csv"
run score --csv "$TMP/team-ar-headers.csv" --lang en
check "score --csv: a header of Arabic short labels, scored in English" cmp -s "$OUT" "$TMP/csv-en.csv"

# --- validate ---------------------------------------------------------------------------------
run validate
check "validate: exit 0" test "$RC" -eq 0
check "validate: one line per built-in language, each ok" \
  test "$(cat "$OUT")" = "$(printf '%s: ok\n' "${LANGUAGES[@]}")"
run validate --lang ar
check "validate --lang ar: that language only" test "$(cat "$OUT")" = "$(say ar languageOk ar)" -a "$RC" -eq 0
for lang in fr de es pt-BR ar; do
  run validate "$SRC/assessment/content/lang/$lang.json"
  check "validate content/lang/$lang.json: valid against the built-in questionnaire" \
    grep -qxF "$SRC/assessment/content/lang/$lang.json: valid ($lang translation of crossroads version $LATEST)" "$OUT"
done
run validate "$FIX/example-de-broken.json" --questionnaire "$TWO"
check "validate a broken language's file: exit 2" test "$RC" -eq 2
check "validate a broken language's file: each missing and extra key, with its path" test "$(cat "$OUT")" = "$(
  printf "$FIX/example-de-broken.json: %s\n" "texts.poles.craft: missing" "texts.items.z: extra" \
    "texts.items.a.high: missing" "texts.bands.people.next_steps[1]: extra" \
    "texts.bands.craft.advice[0]: missing" "texts.shapes: extra")"
check "validate a broken language's file: counted on stderr" grep -qF "has 6 problems" "$ERR"
run validate "$FIX/example-de.json" --questionnaire "$TWO"
check "validate a language's file with --questionnaire" \
  grep -qxF "$FIX/example-de.json: valid (de translation of example-languages version 1)" "$OUT"
run validate "$FIX/two-languages-broken.json"
check "validate a custom file's broken translations: exit 2, 8 problems" \
  test "$RC" -eq 2 -a "$(lines "$OUT")" -eq 8
for line in "translations.fr.items.b.low: missing" "translations.fr.items.c: extra" \
  "translations.fr.bands.people.advice[2]: extra" "translations.fr.bands.craft.questions[0]: missing" \
  "translations.fr.about: missing" "translations.en: \"en\" is the questionnaire's own language"; do
  check "validate two-languages-broken.json: $line" grep -qF "two-languages-broken.json: $line" "$OUT"
done
run validate "$TWO"
check "validate a custom file with translations: its languages" \
  grep -qxF "$TWO: valid (2 statements, 1 theme, 2 bands, totals 2 to 10; languages en, fr)" "$OUT"
"$PY" - "$SRC/assessment/content/lang/fr.json" "$TMP" <<'EOF'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
t["questionnaire"] = "other"
json.dump(t, open(sys.argv[2] + "/other.json", "w", encoding="utf-8"), ensure_ascii=False)
t["questionnaire"] = "crossroads"
del t["texts"]["items"]["impact-1"]["low"]
t["texts"]["bands"]["both"]["advice"].append("Un conseil de trop.")
json.dump(t, open(sys.argv[2] + "/fr-broken.json", "w", encoding="utf-8"), ensure_ascii=False)
EOF
run validate "$TMP/fr-broken.json"
check "validate a broken built-in language: the missing and the extra key" test "$(cat "$OUT")" = "$(
  printf "$TMP/fr-broken.json: %s\n" "texts.items.impact-1.low: missing" \
    "texts.bands.both.advice[$(field "$TMP/q-en.json" 'len(j["bands"][1]["advice"])')]: extra")"
expect_bad "validate a language's file of a questionnaire not built in" validate "$TMP/other.json"
check "... says to name it with --questionnaire" grep -qF "which is not built in: name it with --questionnaire" "$ERR"
expect_bad "validate --questionnaire with a questionnaire file" validate "$TWO" --questionnaire "$TWO"
expect_bad "validate --lang de of a file in en and fr" validate "$TWO" --lang de
expect_bad "validate --jobs" validate --jobs 2
