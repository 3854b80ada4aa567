#!/usr/bin/env bash
# The crossroads command line in words: the questions listing and the text report of `score`
# (total, band, margin, shape, drivers, notes, credit), checked against --json by check_result,
# for the built-in questionnaire and for custom questionnaires (--questionnaire FILE, validate's
# singular and plural wording, the example in docs/examples).
# Usage: cli_text_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup and helpers: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# --- questions -----------------------------------------------------------------------------
run questions
check "questions exits 0" test "$RC" -eq 0
check "questions writes nothing to stderr" test ! -s "$ERR"
check "questions lists 15 numbered statements" test "$(grep -cE '^[0-9]+\. ' "$OUT")" -eq 15
check "questions numbers them 1 to 15 in order" \
  test "$(grep -oE '^[0-9]+\. ' "$OUT" | tr -d '. ' | tr '\n' ' ')" = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 "
check "questions shows the first prompt" grep -q '^1\. At the end of a good week' "$OUT"
check "questions shows the scale ends" grep -qE '^ +10 = ' "$OUT"
check "questions says what 0, 5 and 10 mean" grep -qF \
  '0 = the first answer fits you fully, 5 = both fit equally, 10 = the second fits you fully' "$OUT"
check "questions shows each statement's own two ends" "$PY" -c '
import json, sys
out = open(sys.argv[1], encoding="utf-8").read().split("\n")
q = json.load(open(sys.argv[2], encoding="utf-8"))
for n, item in enumerate(q["items"], 1):
    at = out.index("%d. %s" % (n, item["prompt"]))
    assert out[at + 1:at + 3] == ["   0 = " + item["low"], "   10 = " + item["high"]], out[at:at + 3]
' "$OUT" "$CONTENT"
check "questions never labels an end with a pole" \
  test "$(grep -ciE '^ +[0-9]+ = *(mastery|management)' "$OUT")" -eq 0
check "questions ends with the credit" "$PY" -c '
import json, sys
credit = json.load(open(sys.argv[2], encoding="utf-8"))["credit"]
assert credit and open(sys.argv[1], encoding="utf-8").read().endswith("\n\n" + credit + "\n")
' "$OUT" "$CONTENT"
check "questions (latest) does not mention an earlier version" \
  test "$(grep -c 'version' "$OUT")" -eq 0

# --- score (text) --------------------------------------------------------------------------
run score "${FIFTEEN[@]}"
check "score with 15 answers exits 0" test "$RC" -eq 0
check "score writes nothing to stderr" test ! -s "$ERR"
check "score prints the total" grep -q '^Total: 57 / 150$' "$OUT"
check "score prints the band" grep -q '^Band: Both' "$OUT"
check "score prints the margin" grep -q '^Margin: 8 points from Management$' "$OUT"
check "score prints the shape in words" grep -qE '^Shape: [A-Z].* - ' "$OUT"
check "score prints the steps to try" grep -q '^Steps to try:$' "$OUT"
check "score prints the questions to reflect on" grep -q '^Questions to reflect on:$' "$OUT"
check "score (latest) does not mention an earlier version" test "$(grep -c '^Scored with version' "$OUT")" -eq 0
check "score prints no internal id" \
  test "$(grep -cwE 'straight_line|mostly_middle|centred|split|consistent' "$OUT")" -eq 0
check_result "score FIFTEEN" "${FIFTEEN[@]}"

run score "${MASTERY_END[@]}"
check "the mastery end of every statement is Mastery" grep -q '^Band: Mastery' "$OUT"
check "the mastery end of every statement is 150" grep -q '^Total: 150 / 150$' "$OUT"
check_result "score MASTERY_END" "${MASTERY_END[@]}"
run score 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10
check "all tens is Both now that 7 statements are reversed (80)" grep -q '^Total: 80 / 150$' "$OUT"
check "all tens gets the same-answer note in words" grep -q '^Note: Every answer is the same' "$OUT"
run score 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
check "all zeros is Both now that 7 statements are reversed (70)" grep -q '^Total: 70 / 150$' "$OUT"

run score "${BORDERLINE[@]}"
check "one point is singular" grep -q '^Margin: 1 point from Both (borderline)$' "$OUT"
check "never '1 points'" test "$(grep -c '1 points' "$OUT")" -eq 0
check_result "score BORDERLINE" "${BORDERLINE[@]}"

run score "${DRIVERS[@]}"
check "a driver names the end chosen, in the statement's words" "$PY" -c '
import json, sys
out = open(sys.argv[1], encoding="utf-8").read().split("\n")
q = json.load(open(sys.argv[2], encoding="utf-8"))
def quoted(s):
    return s if s.startswith(("\"", "\u201c")) else "\"" + s + "\""
four, two = q["items"][3], q["items"][1]
assert two.get("reverse") and not four.get("reverse")
at = out.index("Drivers toward Mastery:")
assert out[at + 1] == "  4 (%s): you chose 8, %s" % (four["short"], quoted(four["high"])), out[at + 1]
at = out.index("Drivers toward Management:")
assert out[at + 1] == "  2 (%s): you chose 9, %s" % (two["short"], quoted(two["high"])), out[at + 1]
' "$OUT" "$CONTENT"
check "drivers never label an end with a pole" \
  test "$(grep -ciE '^  [0-9]+ \(.*\): you chose [0-9]+, "?(mastery|management)' "$OUT")" -eq 0
check_result "score DRIVERS" "${DRIVERS[@]}"

run score 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 --seconds 3
check "all fives: three notes in words" test "$(grep -c '^Note: [A-Z]' "$OUT")" -eq 3
check_result "all fives, fast" 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 --seconds 3
run score " 7 " 7.0 7 7 7 7 7 7 7 7 7 7 7 7 -0
check "tokens with spaces, 7.0 and -0 are accepted" test "$RC" -eq 0

# --- a custom questionnaire -----------------------------------------------------------------------
# The schema doc's minimal example (the Catch2 tests load the same file).
CUSTOM=$SRC/docs/examples/minimal.json
run validate "$CUSTOM"
check "validate custom: exit 0" test "$RC" -eq 0
check "validate custom: singular and plural" \
  grep -q 'valid (2 statements, 1 theme, 2 bands, totals 2 to 10)$' "$OUT"
run questions --questionnaire "$CUSTOM"
check "questions --questionnaire lists 2 statements" test "$(grep -cE '^[0-9]+\. ' "$OUT")" -eq 2
run score 5 4 --questionnaire "$CUSTOM" --json
check "score --questionnaire: exit 0" test "$RC" -eq 0
check "score --questionnaire: craft 9" "$PY" -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["total"] == 9 and r["band"]["id"] == "craft", r
assert r["drivers"] == {"people": [], "craft": [1, 2]}, r["drivers"]
' "$OUT"
expect_bad "score 0 on a 1-5 questionnaire" score 0 4 --questionnaire "$CUSTOM"

# No shape or quality texts in the file: the text output still speaks in words, never ids.
check_result "custom, consistent" 5 4 --questionnaire "$CUSTOM"
check_result "custom, split" --questionnaire "$CUSTOM" 1 5
check_result "custom, every note" --questionnaire "$CUSTOM" 3 3 --seconds 1
check "custom, every note: three notes in words" test "$(grep -c '^Note: [A-Z]' "$OUT")" -eq 3
check "custom, every note: no internal id" \
  test "$(grep -cwE 'straight_line|mostly_middle|fast|centred|split|consistent' "$OUT")" -eq 0
check "custom: no credit, so no empty line before the end" test -n "$(tail -n 1 "$OUT")"

run questions --questionnaire "$CUSTOM"
check "questions on a 1-5 scale names 3 as the middle" grep -qF \
  '1 = the first answer fits you fully, 3 = both fit equally, 5 = the second fits you fully' "$OUT"
run questions --questionnaire "$CUSTOM" --json
check "questions --json --questionnaire prints that questionnaire" "$PY" -c '
import json, sys
q = json.load(open(sys.argv[1]))
assert q["id"] == "example" and q["version"] == 1 and [i["id"] for i in q["items"]] == ["a", "b"], q
' "$OUT"
EVEN=$TMP/even.json
"$PY" - "$CUSTOM" "$EVEN" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))
q["scale"] = {"min": 1, "max": 4}
q["bands"][0]["max"], q["bands"][1]["min"], q["bands"][1]["max"] = 4, 5, 8
json.dump(q, open(sys.argv[2], "w"))
EOF
run questions --questionnaire "$EVEN"
check "questions on a 1-4 scale: exit 0" test "$RC" -eq 0
check "questions on a 1-4 scale names no middle" grep -qxF \
  'Rate each statement from 1 to 4: 1 = the first answer fits you fully, 4 = the second fits you fully.' "$OUT"

# one of everything: singular nouns
ONE=$TMP/one.json
"$PY" - "$CUSTOM" "$ONE" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))
q["items"] = q["items"][:1]
q["bands"] = [dict(q["bands"][0], min=1, max=5)]
json.dump(q, open(sys.argv[2], "w"))
EOF
run validate "$ONE"
check "validate one of each: singular" grep -q 'valid (1 statement, 1 theme, 1 band, totals 1 to 5)$' "$OUT"
check_result "one statement, one band (no margin)" 4 --questionnaire "$ONE"
check "one band: no margin line" test "$(grep -c '^Margin' "$OUT")" -eq 0
ONE_PROBLEM=$TMP/one-problem.json
"$PY" - "$CUSTOM" "$ONE_PROBLEM" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))
del q["title"]
json.dump(q, open(sys.argv[2], "w"))
EOF
run validate "$ONE_PROBLEM"
check "validate with one problem: exit 2" test "$RC" -eq 2
check "validate with one problem: singular" grep -q 'has 1 problem$' "$ERR"

# the example shipped in docs/examples
EXAMPLE=$SRC/docs/examples/team-lead.json
if [ -f "$EXAMPLE" ]; then
  run validate "$EXAMPLE"
  check "validate docs/examples/team-lead.json: exit 0" test "$RC" -eq 0
  run score --questionnaire "$EXAMPLE" 1 2 3 4 5 1
  check "score with the example questionnaire (README command): exit 0" test "$RC" -eq 0
  check "score with the example questionnaire prints a total" grep -qE '^Total: [0-9]+ / 30' "$OUT"
fi
