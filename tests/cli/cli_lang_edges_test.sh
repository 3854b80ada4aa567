#!/usr/bin/env bash
# Languages on the command line, at their edges: words that name one statement in one language and
# another in another are refused (a CSV header would otherwise score differently by locale); C and
# POSIX are no preference; an empty --lang is a value left out; a language's file of an earlier
# version (English only) is told so; BCP 47 lookup by cutting the code (zh-Hant-TW -> zh-Hant);
# the pseudo-locale en-XA listed only when in use. Expected sentences come from cli/strings/ (say).
# Usage: cli_lang_edges_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup and helpers: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TWO=$SRC/docs/examples/two-languages.json
# edit OUT PYTHON: writes the two-language example, changed by PYTHON (q is the file), to OUT
edit() {
  "$PY" - "$TWO" "$1" "$2" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
exec(sys.argv[3])
json.dump(q, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
EOF
}

# --- a short label naming statement 1 in English and statement 2 in French -----------------------
SWAPPED=$TMP/swapped.json
edit "$SWAPPED" '
q["items"][0]["short"], q["items"][1]["short"] = "Focus", "Growth"
fr = q["translations"]["fr"]["items"]
fr["a"]["short"], fr["b"]["short"] = "Growth", "Focus"'
printf 'id,Growth,Focus\np1,5,1\n' >"$TMP/growth.csv"
run validate "$SWAPPED"
check "validate: the clash refused (exit 2)" test "$RC" -eq 2
check "validate: each clash with both paths" test "$(cat "$OUT")" = "$(printf "$SWAPPED: %s\n" \
  'translations.fr.items.a.short: "Growth" names statement 1 here and statement 2 at items[1].short: a CSV column headed with it could mean either' \
  'translations.fr.items.b.short: "Focus" names statement 2 here and statement 1 at items[0].short: a CSV column headed with it could mean either')"
run_env LANG=C.UTF-8 -- score --csv "$TMP/growth.csv" --questionnaire "$SWAPPED"
cp "$ERR" "$TMP/growth-c.err"
check "score --csv under LANG=C.UTF-8: the questionnaire refused" test "$RC" -eq 2 -a ! -s "$OUT"
run_env LANG=fr_FR.UTF-8 -- score --csv "$TMP/growth.csv" --questionnaire "$SWAPPED"
check "score --csv under LANG=fr_FR.UTF-8: refused too" test "$RC" -eq 2 -a ! -s "$OUT"
check "... for the same clash in both locales" grep -qF 'translations.fr.items.a.short' "$TMP/growth-c.err" "$ERR"

# --- C and POSIX: no preference -------------------------------------------------------------------
# A questionnaire in French with an English translation: its own is French.
"$BIN" questions --json --lang fr --questionnaire "$TWO" >"$TMP/fr-own.json"
node "$SRC/tools/make_pseudo_locale.js" texts "$TWO" "$TMP/en-texts.json"
"$PY" - "$TMP/fr-own.json" "$TMP/en-texts.json" "$TMP/french.json" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
q["translations"] = {"en": json.load(open(sys.argv[2], encoding="utf-8"))["texts"]}
json.dump(q, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
EOF
for vars in "" LANG=C.UTF-8 LANG=C LANG=POSIX LC_ALL=C "LC_ALL=POSIX LANG=en_GB.UTF-8"; do
  # shellcheck disable=SC2086  # the variables, one word each
  run_env $vars -- questions --json --questionnaire "$TMP/french.json"
  check "locale '$vars': a French questionnaire stays in French" test "$(field "$OUT" 'j["lang"]')" = fr
done
run_env LANG=en_GB.UTF-8 -- questions --json --questionnaire "$TMP/french.json"
check "LANG=en_GB.UTF-8: a preference for English, met" test "$(field "$OUT" 'j["lang"]')" = en
run_env LANG=C.UTF-8 -- questions --lang xx --questionnaire "$TMP/french.json"
check "LANG=C.UTF-8: the CLI's sentences in English" \
  test "$(cat "$ERR")" = "crossroads: $(say en unknownLanguage xx "fr, en")"

# --- an empty --lang: the value is missing -----------------------------------------------------
for cmd in questions "score 1 2 3 4 5 6 7 8 9 10 0 1 2 3 4" "team --csv -" validate; do
  # shellcheck disable=SC2086  # the command's words
  expect_bad "$cmd --lang ''" $cmd --lang ""
  check "$cmd --lang '': it needs a value" test "$(cat "$ERR")" = "crossroads: $(say en needsValue --lang)"
done
run_env LANG=de_DE.UTF-8 -- questions --lang ""
check "--lang '' under LANG=de_DE: said in German" test "$(cat "$ERR")" = "crossroads: $(say de needsValue --lang)"

# --- a language's file of version 1, which exists only in English -------------------------------
"$BIN" questions --json --questionnaire-version 1 >"$TMP/v1.json"
node "$SRC/tools/make_pseudo_locale.js" texts "$TMP/v1.json" "$TMP/v1-texts.json"
"$PY" -c '
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
t["lang"] = "fr"
json.dump(t, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)' "$TMP/v1-texts.json"
expect_bad "validate a version-1 language's file" validate "$TMP/v1-texts.json"
check "... version 1 exists only in English" \
  test "$(cat "$ERR")" = "crossroads: $(say en translatesEnglishOnly "$TMP/v1-texts.json" 1 "$LATEST")"
run_env LANG=ar_EG.UTF-8 -- validate "$TMP/v1-texts.json"
check "... said in Arabic under LANG=ar_EG" \
  test "$(cat "$ERR")" = "crossroads: $(say ar translatesEnglishOnly "$TMP/v1-texts.json" 1 "$LATEST")"
run validate "$TMP/v1-texts.json" --questionnaire "$TMP/v1.json"
check "... checked against version 1 when it is named with --questionnaire" test "$RC" -eq 0

# --- BCP 47 lookup: the code cut from its end before a mere language match ----------------------
edit "$TMP/chinese.json" '
fr = q["translations"].pop("fr")
q["translations"]["zh-Hans"] = dict(fr, title="Hans")
q["translations"]["zh-Hant"] = dict(fr, title="Hant")'
run questions --json --lang zh-Hant-TW --questionnaire "$TMP/chinese.json"
check "--lang zh-Hant-TW: zh-Hant, not zh-Hans" test "$(field "$OUT" 'j["title"]')" = Hant
run_env LANG=zh_Hant_TW.UTF-8 -- questions --json --questionnaire "$TMP/chinese.json"
check "LANG=zh_Hant_TW.UTF-8: zh-Hant" test "$(field "$OUT" 'j["title"]')" = Hant
run questions --json --lang zh-CN --questionnaire "$TMP/chinese.json"
check "--lang zh-CN: no zh, so the first of the language" test "$(field "$OUT" 'j["title"]')" = Hans

# --- the pseudo-locale is listed only when in use ---------------------------------------------------
expect_bad "validate --lang xx" validate --lang xx
check "validate --lang xx: the built-in languages without en-XA" \
  test "$(cat "$ERR")" = "crossroads: $(say en unknownLanguage xx "en, fr, de, es, pt-BR, ar")"
edit "$TMP/pseudo.json" 'q["translations"]["en-XA"] = q["translations"]["fr"]'
run validate "$TMP/pseudo.json"
check "validate a file with en-XA: its languages listed without it" grep -qF "; languages en, fr)" "$OUT"
run questions --json --lang en-XA --questionnaire "$TMP/pseudo.json"
check "questions --lang en-XA: listed first, as the one in use" \
  test "$(field "$OUT" '",".join(j["languages"])')" = "en-XA,en,fr"
run questions --json --lang fr
check "questions --json --lang fr: languages without en-XA" \
  test "$(field "$OUT" '",".join(j["languages"])')" = "fr,en,de,es,pt-BR,ar"
