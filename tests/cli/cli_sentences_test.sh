#!/usr/bin/env bash
# The command line's own sentences (issue 13): every key the code names is in cli/strings/en.json
# and every key there is used; the sentences follow --lang, else LC_ALL, LC_MESSAGES and LANG, even
# where the questionnaire lacks the language, else English; counts take the language's plural form;
# errors are said in it; numbers stay as the CLI writes them; en-XA brackets every line. Expected
# sentences come from cli/strings/ (say, in lib.sh), never from this script.
# Usage: cli_sentences_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup and helpers: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LANGUAGES=(en fr de es pt-BR ar en-XA)
TWO=$SRC/docs/examples/two-languages.json
say en-XA total >/dev/null  # makes the pseudo-locale's file once, for the checks below

# --- the code and en.json name the same keys ----------------------------------------------------
check "every key the code names is in en.json, and every key of en.json is named" "$PY" -c '
import glob, json, re, sys
src = sys.argv[1]
keys = set(json.load(open(src + "/cli/strings/en.json", encoding="utf-8"))["cli"])
code = "".join(open(f, encoding="utf-8").read() for f in glob.glob(src + "/cli/*.cpp"))
used = set(re.findall(r"words\.(?:text|count)\(\s*\"(\w+)\"", code))
assert len(used) > 100, len(used)
assert re.search(r"words\.(?:text|count)\(\s*[^\"\s]", code) is None, "a key not written out"
assert used == keys, ("named but missing", sorted(used - keys), "never named", sorted(keys - used))
' "$SRC"

# --- score: every label in the language asked for ------------------------------------------------
# check_labels.py LANG TEXT RESULT_JSON QUESTIONNAIRE_JSON: each line the report should hold, made
# from LANG's sentences and the result, is a line of the text.
LABELS=$TMP/check_labels.py
cat >"$LABELS" <<'EOF'
import json, sys
sys.path.insert(0, sys.argv[1])
from say import sentence
src, tmp, lang = sys.argv[2], sys.argv[1], sys.argv[3]
lines = open(sys.argv[4], encoding="utf-8").read().split("\n")
r = json.load(open(sys.argv[5], encoding="utf-8"))
q = json.load(open(sys.argv[6], encoding="utf-8"))
say = lambda key, *values: sentence(src, tmp, lang, key, list(values))
band = next(b for b in q["bands"] if b["id"] == r["band"]["id"])
title = {b["id"]: b["title"] for b in q["bands"]}
want = [say("total", r["total"], r["max"]), say("band", band["title"], band["summary"]),
        say("shape", q["shapes"][r["shape"]]["title"], q["shapes"][r["shape"]]["explanation"]),
        say("themesHeading")]
want += [say("bullet", a) for a in band["advice"]]
if band["next_steps"]: want.append(say("stepsHeading"))
if band["questions"]: want.append(say("questionsHeading"))
if r["margin"]:
    points = say("points", r["margin"]["points"])
    want.append(say("marginBorderline" if r["borderline"] else "margin", points, title[r["margin"]["toward"]]))
for pole in q["poles"].values():
    want.append(say("driversHeading" if r["drivers"][pole["id"]] else "driversNone", pole["label"]))
want += [say("note", q["quality"][n]) for n in r["quality"]]
want += [say("theme", t["title"], t["score"], t["max"], title[t["leaning"]]) for t in r["themes"]]
missing = [w for w in want if w not in lines]
assert not missing, missing
EOF
for lang in "${LANGUAGES[@]}"; do
  run questions --json --lang "$lang"
  cp "$OUT" "$TMP/q-$lang.json"
  for answers in "${FIFTEEN[*]}" "${BORDERLINE[*]}" "${DRIVERS[*]} --seconds 2"; do
    # shellcheck disable=SC2086  # the answers are words
    run score $answers --json --lang "$lang"
    cp "$OUT" "$TMP/r.json"
    # shellcheck disable=SC2086
    run score $answers --lang "$lang"
    check "score $answers --lang $lang: every label from cli/strings/$lang.json" \
      "$PY" "$LABELS" "$TMP" "$SRC" "$lang" "$OUT" "$TMP/r.json" "$TMP/q-$lang.json"
  done
done
run score "${FIFTEEN[@]}" --lang fr
check "score --lang fr: not the English labels" test "$(head -n 1 "$OUT")" != "Total: 57 / 150"
run questions --lang es
check "questions --lang es: the scale explained in Spanish" grep -qxF "$(say es scaleWithMiddle 0 10 5)" "$OUT"

# --- which language: --lang, the environment, else English; the questionnaire does not decide ----
run_env LANG=C.UTF-8 -- help
cp "$OUT" "$TMP/help-en.txt"
run_env LANG=de_DE.UTF-8 -- help
check "LANG=de_DE.UTF-8 help: the German usage, every line" "$PY" -c '
import re, sys
sys.path.insert(0, sys.argv[1])
from say import sentence
usage = sentence(sys.argv[2], sys.argv[1], "de", "usage", [])
pattern, seen = "", set()
for piece in re.split(r"(\{\d\})", usage):
    slot = re.fullmatch(r"\{(\d)\}", piece)
    if not slot:
        pattern += re.escape(piece)
    else:
        pattern += "(?P=s%s)" % slot[1] if slot[1] in seen else "(?P<s%s>[^\n]+?)" % slot[1]
        seen.add(slot[1])
m = re.fullmatch(pattern, open(sys.argv[3], encoding="utf-8").read())
assert m, "not the German usage"
assert m["s5"] == "en, fr, de, es, pt-BR, ar" and m["s6"] == "en-XA", (m["s5"], m["s6"])
' "$TMP" "$SRC" "$OUT"
run_env LC_ALL=fr_FR.UTF-8 LANG=de_DE.UTF-8 -- help
check "LC_ALL over LANG for the sentences" grep -qxF "$(say fr usage | head -n 1)" "$OUT"
run_env LANG=de_DE.UTF-8 -- help --lang pt-BR
check "help --lang pt-BR over the environment" grep -qxF "$(say pt-BR usage | head -n 1)" "$OUT"
run_env LANG=ja_JP.UTF-8 -- help
check "LANG=ja_JP.UTF-8 (no sentences): the English help, byte for byte" cmp -s "$OUT" "$TMP/help-en.txt"
run_env LANG=pt_PT.UTF-8 -- score "${FIFTEEN[@]}"
check "LANG=pt_PT.UTF-8: pt-BR's sentences, by the language part" grep -qxF "$(say pt-BR total 57 150)" "$OUT"
run score 5 5 --questionnaire "$TWO" --json
TOTAL=$("$PY" -c 'import json, sys; r = json.load(sys.stdin); print(r["total"], r["max"])' <"$OUT")
run_env LANG=de_DE.UTF-8 -- score 5 5 --questionnaire "$TWO"
TWO_THEME=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["themes"][0]["title"])' "$TWO")
# shellcheck disable=SC2086  # the total and the highest total
check "a custom file without German: German sentences" grep -qxF "$(say de total $TOTAL)" "$OUT"
check "... around the file's own English texts" grep -qF "$TWO_THEME" "$OUT"

# --- errors, in the language asked for ------------------------------------------------------------
expect_bad "score --bogus --lang es" score --bogus --lang es
check "score --bogus --lang es: the Spanish error" test "$(cat "$ERR")" = "crossroads: $(say es unknownOption --bogus)"
run_env LC_ALL=es_ES.UTF-8 -- bogus
check "LC_ALL=es_ES.UTF-8 bogus: exit 2, the Spanish error" \
  test "$RC" -eq 2 -a "$(cat "$ERR")" = "crossroads: $(say es unknownCommand bogus)"
run_env LANG=es_ES.UTF-8 -- team
check "LANG=es_ES.UTF-8 team: exit 2, the Spanish error" \
  test "$RC" -eq 2 -a "$(cat "$ERR")" = "crossroads: $(say es teamNeedsCsv)"
expect_bad "questions --lang xx: no such language anywhere" questions --lang xx
check "... said in English" grep -qF -- "$(say en unknownLanguage xx "")" "$ERR"

# --- Arabic counts: each plural form where a count appears ------------------------------------------
# team_csv N FILE: a team's CSV of N people (and, for N = 0, one row that cannot be scored)
team_csv() {
  "$PY" - "$1" "$2" <<'EOF'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
random.seed(n)
with open(path, "w", encoding="utf-8") as f:
    f.write("id," + ",".join("q%d" % i for i in range(1, 16)) + "\n")
    for p in range(n):
        f.write("p%d," % p + ",".join(str(random.randint(0, 10)) for _ in range(15)) + "\n")
    if n == 0:
        f.write("bad," + ",".join(["x"] * 15) + "\n")
EOF
}
for n in 0 1 2 3; do
  team_csv "$n" "$TMP/team-$n.csv"
  run team --csv "$TMP/team-$n.csv" --lang ar --min-group 5
  key=$([ "$n" -ge 3 ] && echo suppressed || echo suppressedAnyFloor)
  check "team --lang ar, $n people: the $key sentence, with its count's form" \
    grep -qxF "$(say ar "$key" "$(say ar peopleWere "$n")" 5 3 10)" "$OUT"
done
run team --csv "$TMP/team-0.csv" --lang ar
# The reason comes from the engine, so only the sentence around it is known: {1} matches anything.
# said BEFORE AFTER: stderr is "crossroads: BEFORE", anything, then "AFTER"
said() { [[ $(cat "$ERR") == "crossroads: $1"*"$2" ]]; }
left=$(say ar rowLeftOut "$(say ar rows 1)" @@)
check "team --lang ar, one row left out: exit 0" test "$RC" -eq 0 -a "${left%%@@*}" != "$left"
check "team --lang ar, one row left out: said on stderr in Arabic, with its count's form" \
  said "${left%%@@*}" "${left#*@@}"
for n in 11 100; do
  team_csv "$n" "$TMP/team-$n.csv"
  run team --csv "$TMP/team-$n.csv" --lang ar
  check "team --lang ar, $n people: the whole questionnaire's heading counts them in Arabic" \
    grep -qxF "$(say ar wholeScale "$(say ar statements 15)" "$(say ar people "$n")")" "$OUT"
done
# Only if the forms differ can the checks above tell a wrong category from the right one.
check "the Arabic forms for 2, 3, 11 and 100 people all differ" test "$(
  for n in 2 3 11 100; do say ar people "$n" | tr -d '0-9'; echo; done | sort -u | wc -l)" -eq 4

# --- numbers are written as the CLI writes them, in every language ----------------------------------
# figures LANG: the decimal figures of the report on stdout, one a line, sorted; those a sentence
# itself holds ("0.8 or more", which a translation may write "0,8") are the translator's, not the CLI's.
figures() {
  "$PY" -c '
import json, re, sys
def numbers(text): return re.findall(r"-?[0-9]+\.[0-9]+", text)
own = set(numbers(json.dumps(json.load(open(sys.argv[1], encoding="utf-8")), ensure_ascii=False)))
print("\n".join(sorted(n for n in numbers(sys.stdin.read()) if n not in own)))
' "$SRC/cli/strings/$1.json" <"$OUT"
}
run team --csv "$TMP/team-100.csv" --lang en
figures en >"$TMP/numbers-en"
check "team: decimal figures to compare" test "$(wc -l <"$TMP/numbers-en")" -gt 100
for lang in fr de es pt-BR ar; do
  run team --csv "$TMP/team-100.csv" --lang "$lang"
  figures "$lang" >"$TMP/numbers-$lang"
  check "team --lang $lang: the same figures as in English, with a decimal point" \
    cmp -s "$TMP/numbers-$lang" "$TMP/numbers-en"
done

# --- en-XA: every line the CLI writes comes bracketed ------------------------------------------------
# bracketed FILE: every line that is not empty starts with "[" once its indentation is left out
bracketed() { ! grep -vE '^ *(\[|$)' "$1" >/dev/null; }
for args in "help" "questions" "score ${FIFTEEN[*]}" "score ${DRIVERS[*]} --seconds 2" \
  "team --csv $TMP/team-100.csv" "team --csv $TMP/team-2.csv" "validate" "validate $TWO"; do
  # shellcheck disable=SC2086  # the arguments are words
  run $args --lang en-XA
  check "$args --lang en-XA: exit 0" test "$RC" -eq 0
  check "$args --lang en-XA: every line bracketed" bracketed "$OUT"
done
run score --bogus --lang en-XA
check "score --bogus --lang en-XA: the error bracketed" grep -qE '^crossroads: \[' "$ERR"
