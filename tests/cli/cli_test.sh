#!/usr/bin/env bash
# Behaviour of the crossroads command line: output, exit codes and error discipline.
# Usage: cli_test.sh PATH/TO/crossroads REPO_SOURCE_DIR
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 PATH/TO/crossroads REPO_SOURCE_DIR" >&2
  exit 2
fi
BIN=$1
SRC=$2

if command -v python3 >/dev/null 2>&1; then
  PY=python3
else
  echo "cli: python3 is needed to check JSON output" >&2
  exit 2
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
OUT=$TMP/stdout
ERR=$TMP/stderr

passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $1" >&2
  if [ -s "$OUT" ]; then echo "  stdout: $(head -c 600 "$OUT")" >&2; fi
  if [ -s "$ERR" ]; then echo "  stderr: $(head -c 600 "$ERR")" >&2; fi
}
check() {  # check DESCRIPTION COMMAND...: passes when COMMAND succeeds
  local what=$1
  shift
  if "$@"; then pass; else fail "$what"; fi
}

# run ARGS...: runs the binary with stdin from /dev/null; sets RC
run() {
  "$BIN" "$@" </dev/null >"$OUT" 2>"$ERR"
  RC=$?
}
# run_in FILE ARGS...: runs the binary with stdin from FILE; sets RC
run_in() {
  local input=$1
  shift
  "$BIN" "$@" <"$input" >"$OUT" 2>"$ERR"
  RC=$?
}

lines() { wc -l <"$1" | tr -d ' '; }

# expect_bad DESCRIPTION ARGS...: exit 2, one line on stderr, nothing on stdout
expect_bad() {
  local what=$1
  shift
  run "$@"
  if [ "$RC" -eq 2 ] && [ "$(lines "$ERR")" -eq 1 ] && [ ! -s "$OUT" ]; then
    pass
  else
    fail "$what: expected exit 2, one stderr line, empty stdout (got exit $RC, $(lines "$ERR") stderr lines, $(wc -c <"$OUT") stdout bytes)"
  fi
}

CONTENT=$SRC/assessment/content/questionnaire.json
# Version 2 of the built-in questionnaire reverses statements 2, 3, 5, 7, 9, 10 and 14 (scored
# 10 - answer); version 1 reverses none, so its total is the plain sum.
FIFTEEN=(1 2 3 4 5 6 7 8 9 10 0 1 2 3 4)  # v2: 57, both, consistent, margin 8; v1: 65, split, 16
MASTERY_END=(10 0 0 10 0 10 0 10 0 0 10 10 10 0 10)  # the mastery end of every statement: 150
BORDERLINE=(10 10 10 10 10 10 10 10 10 10 9 0 0 10 0) # v2: 49, 1 point from Both
# Statement 2 (reversed) answered 9 pulls toward management; statement 4 answered 8 toward mastery.
DRIVERS=(5 9 5 8 5 5 5 5 5 5 5 5 5 5 5)

# check_text TEXT RESULT_JSON QUESTIONNAIRE_JSON: the text output says what the JSON result says,
# in the questionnaire's words (or plain fallbacks), and never shows an internal id.
CHECK_TEXT=$TMP/check_text.py
cat >"$CHECK_TEXT" <<'EOF'
import json, re, sys
out = open(sys.argv[1], encoding="utf-8").read()
lines = out.split("\n")
r = json.load(open(sys.argv[2], encoding="utf-8"))
q = json.load(open(sys.argv[3], encoding="utf-8"))

def has(line):
    assert line in lines, "missing line: " + line

def block(heading, expected):  # heading, then exactly the expected lines
    assert heading in lines, "missing heading: " + heading
    at = lines.index(heading) + 1
    assert lines[at:at + len(expected)] == expected, (heading, lines[at:at + len(expected)], expected)
    return at

def quoted(s):
    return s if s.startswith(("\"", "\u201c")) else '"' + s + '"'

band = next(b for b in q["bands"] if b["id"] == r["band"]["id"])
has("Total: %d / %d" % (r["total"], r["max"]))
has("Band: %s - %s" % (band["title"], band["summary"]))
advice_at = lines.index(band["explanation"]) + 1
assert lines[advice_at:advice_at + len(band["advice"])] == ["  * " + a for a in band["advice"]]
after_advice = advice_at + len(band["advice"])
if band["next_steps"]:
    assert lines[after_advice] == "Steps to try:", lines[after_advice]
    block("Steps to try:", ["  * " + s for s in band["next_steps"]])
if band["questions"]:
    block("Questions to reflect on:", ["  * " + s for s in band["questions"]])
if r["margin"]:
    p = r["margin"]["points"]
    toward = next(b for b in q["bands"] if b["id"] == r["margin"]["toward"])
    has("Margin: %d %s from %s%s" % (p, "point" if p == 1 else "points", toward["title"],
                                     " (borderline)" if r["borderline"] else ""))
shape = [l for l in lines if l.startswith("Shape: ")]
assert len(shape) == 1, shape
if "shapes" in q:
    t = q["shapes"][r["shape"]]
    assert shape[0] == "Shape: %s - %s" % (t["title"], t["explanation"]), shape
mid2 = q["scale"]["min"] + q["scale"]["max"]
for side in ("low", "high"):
    pole = q["poles"][side]
    numbers = r["drivers"][pole["id"]]
    if not numbers:
        has("Drivers toward %s: none" % pole["label"])
        continue
    expected = []
    for n in numbers:
        item = q["items"][n - 1]
        a = r["items"][n - 1]["answer"]
        assert 2 * a != mid2, "a driver at the middle"
        end = item["low"] if 2 * a < mid2 else item["high"]
        assert r["items"][n - 1].get("end", "low" if 2 * a < mid2 else "high") == \
            ("low" if 2 * a < mid2 else "high"), r["items"][n - 1]
        expected.append("  %d (%s): you chose %d, %s" % (n, item["short"], a, quoted(end)))
    block("Drivers toward %s:" % pole["label"], expected)
notes = [l for l in lines if l.startswith("Note: ")]
assert len(notes) == len(r["quality"]), (notes, r["quality"])
if "quality" in q:
    assert notes == ["Note: " + q["quality"][n] for n in r["quality"]], notes
themes = block("Themes:", [])
assert len(lines) > themes + len(r["themes"])
for l in notes:
    assert not re.match(r"Note: (straight_line|mostly_middle|fast)\b", l), l
assert not re.match(r"Shape: (split|centred|consistent)\b", shape[0]), shape
for word in ("straight_line", "mostly_middle", "centred", "split", "consistent"):
    assert not re.search(r"\b" + word + r"\b", out), "internal id in the text: " + word
assert not re.search(r"(^|[^0-9])1 (points|statements|themes|bands|problems)\b", out), out
if q.get("credit"):
    assert out.endswith("\n\n" + q["credit"] + "\n"), out[-300:]
EOF
# check_result DESCRIPTION ARGS...: `score ARGS` as text agrees with `score ARGS --json`
check_result() {
  local what=$1
  shift
  # the questionnaire options with their values, for `questions --json`
  local qargs=()
  local a prev=""
  for a in "$@"; do
    case $prev in --questionnaire | --questionnaire-version) qargs+=("$prev" "$a") ;; esac
    prev=$a
  done
  run questions --json "${qargs[@]}"
  cp "$OUT" "$TMP/q.json"
  run score "$@" --json
  cp "$OUT" "$TMP/r.json"
  run score "$@"
  check "$what: text exits 0" test "$RC" -eq 0
  check "$what: text says what the JSON says, in words" "$PY" "$CHECK_TEXT" "$OUT" "$TMP/r.json" "$TMP/q.json"
}

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
expect_bad "questions with an argument" questions extra
expect_bad "questions with --csv" questions --csv "$TMP/x.csv"
expect_bad "questions with --seconds" questions --seconds 3

run questions --questionnaire-version 1
check "questions --questionnaire-version 1: exit 0" test "$RC" -eq 0
check "questions --questionnaire-version 1: says it is version 1 of 2" \
  grep -q '^This is version 1 of the built-in questionnaire; the latest is version 2\.$' "$OUT"
check "questions --questionnaire-version 1: 15 statements" test "$(grep -cE '^[0-9]+\. ' "$OUT")" -eq 15

# --- questions --json ---------------------------------------------------------------------------
run questions --json
check "questions --json: exit 0" test "$RC" -eq 0
check "questions --json: one line" test "$(lines "$OUT")" -eq 1
check "questions --json: version 2, 7 reversed statements, as the content says" "$PY" -c '
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
content = json.load(open(sys.argv[2], encoding="utf-8"))
assert q["id"] == "crossroads" and q["version"] == 2, (q["id"], q["version"])
assert len(q["items"]) == 15
assert all(isinstance(i["reverse"], bool) for i in q["items"])
reversed_ = [n for n, i in enumerate(q["items"], 1) if i["reverse"]]
assert reversed_ == [2, 3, 5, 7, 9, 10, 14], reversed_
assert [i["prompt"] for i in q["items"]] == [i["prompt"] for i in content["items"]]
assert q["credit"] == content["credit"] and q["about"] == content["about"]
assert q["scale"] == {"min": 0, "max": 10}
assert [b["id"] for b in q["bands"]] == ["management", "both", "mastery"]
' "$OUT" "$CONTENT"
run questions --json --questionnaire-version 1
check "questions --json --questionnaire-version 1: exit 0" test "$RC" -eq 0
check "questions --json --questionnaire-version 1: version 1, nothing reversed" "$PY" -c '
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
assert q["version"] == 1 and len(q["items"]) == 15, q["version"]
assert not any(i["reverse"] for i in q["items"])
' "$OUT"
run questions --questionnaire-version 2 --json
check "questions --questionnaire-version 2 is the latest" "$PY" -c '
import json, sys
assert json.load(open(sys.argv[1]))["version"] == 2
' "$OUT"

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

# --- score --json --------------------------------------------------------------------------
run score "${FIFTEEN[@]}" --json
check "score --json exits 0" test "$RC" -eq 0
check "score --json parses and has the fields (version 2)" "$PY" -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["ok"] is True
assert r["questionnaire"] == {"id": "crossroads", "version": 2}, r["questionnaire"]
assert r["total"] == 57, r["total"]
assert r["band"]["id"] == "both"
assert r["margin"] == {"points": 8, "toward": "management"}, r["margin"]
assert r["borderline"] is False
assert r["shape"] == "consistent"
assert r["drivers"]["management"] == [10, 11, 1], r["drivers"]
assert r["drivers"]["mastery"] == [2, 8, 3], r["drivers"]
assert r["quality"] == []
assert [t["id"] for t in r["themes"]] == ["impact", "energy", "style", "life", "growth"]
assert [t["score"] for t in r["themes"]] == [16, 15, 12, 1, 13]
assert [i["answer"] for i in r["items"]] == [1,2,3,4,5,6,7,8,9,10,0,1,2,3,4]
' "$OUT"
check "score --json: reversed statements score 10 - answer, as the content says" "$PY" -c '
import json, sys
r = json.load(open(sys.argv[1]))
q = json.load(open(sys.argv[2], encoding="utf-8"))
values = [10 - i["answer"] if s.get("reverse") else i["answer"] for i, s in zip(r["items"], q["items"])]
assert [i["value"] for i in r["items"]] == values, r["items"]
assert r["total"] == sum(values)
' "$OUT" "$CONTENT"
check "score --json is one line" test "$(lines "$OUT")" -eq 1

# the same answers given to version 1: the plain sum
run score "${FIFTEEN[@]}" --json --questionnaire-version 1
check "score --json --questionnaire-version 1 exits 0" test "$RC" -eq 0
check "score --json --questionnaire-version 1 scores by version 1" "$PY" -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["ok"] is True
assert r["questionnaire"] == {"id": "crossroads", "version": 1}, r["questionnaire"]
assert r["total"] == 65, r["total"]
assert r["band"]["id"] == "both"
assert r["margin"] == {"points": 16, "toward": "management"}, r["margin"]
assert r["borderline"] is False
assert r["shape"] == "split"
assert r["drivers"]["management"] == [11, 1, 12], r["drivers"]
assert r["drivers"]["mastery"] == [10, 9, 8], r["drivers"]
assert r["quality"] == []
assert [t["id"] for t in r["themes"]] == ["impact", "energy", "style", "life", "growth"]
assert [t["score"] for t in r["themes"]] == [6, 15, 24, 11, 9]
assert [i["answer"] for i in r["items"]] == [1,2,3,4,5,6,7,8,9,10,0,1,2,3,4]
assert [i["value"] for i in r["items"]] == [1,2,3,4,5,6,7,8,9,10,0,1,2,3,4]
' "$OUT"
run score --questionnaire-version 1 "${FIFTEEN[@]}"
check "score --questionnaire-version 1 (text): the plain sum" grep -q '^Total: 65 / 150$' "$OUT"
check "score --questionnaire-version 1 (text): says which version scored it" \
  grep -q '^Scored with version 1 of the built-in questionnaire; the latest is version 2\.$' "$OUT"
check "score --questionnaire-version 1 (text): split, in words" grep -q '^Shape: Pulled both ways - ' "$OUT"
check_result "score FIFTEEN, version 1" "${FIFTEEN[@]}" --questionnaire-version 1
check_result "score DRIVERS, version 1" --questionnaire-version 1 "${DRIVERS[@]}"
run score --questionnaire-version 2 "${FIFTEEN[@]}"
check "--questionnaire-version 2 is the latest" grep -q '^Total: 57 / 150$' "$OUT"

run score "${FIFTEEN[@]}" --json --seconds 10
check "--seconds 10 exits 0" test "$RC" -eq 0
check "--seconds 10 gives the fast note" "$PY" -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["quality"] == ["fast"], r["quality"]
' "$OUT"
run score "${FIFTEEN[@]}" --json --seconds 30
check "--seconds 30 is not fast" "$PY" -c '
import json, sys
assert "fast" not in json.load(open(sys.argv[1]))["quality"]
' "$OUT"
run score --seconds 10 "${FIFTEEN[@]}"
check "--seconds before the answers, text output notes fast, in words" \
  grep -q '^Note: You answered very quickly' "$OUT"
check "text output never says 'Note: fast'" test "$(grep -c '^Note: fast' "$OUT")" -eq 0

# --- bad input: exit 2, exactly one stderr line, nothing on stdout ------------------------------
expect_bad "14 answers" score 1 2 3 4 5 6 7 8 9 10 0 1 2 3
expect_bad "16 answers" score 1 2 3 4 5 6 7 8 9 10 0 1 2 3 4 5
expect_bad "no answers" score
expect_bad "11 is out of range" score 11 5 5 5 5 5 5 5 5 5 5 5 5 5 5
grep -q 'Statement 1' "$ERR" && pass || fail "11: message names statement 1"
expect_bad "-1 is out of range" score 5 5 5 5 -1 5 5 5 5 5 5 5 5 5 5
grep -q 'Statement 5' "$ERR" && pass || fail "-1: message names statement 5"
expect_bad "7.5 is not whole" score 5 5 5 5 5 5 5.0 7.5 5 5 5 5 5 5 5
grep -q 'Statement 8' "$ERR" && pass || fail "7.5: message names statement 8"
expect_bad "abc is not a number" score 5 5 5 5 5 5 5 5 5 5 5 5 5 abc 5
grep -q 'Statement 14' "$ERR" && pass || fail "abc: message names statement 14"
expect_bad "1e3 is not a number" score 1e3 5 5 5 5 5 5 5 5 5 5 5 5 5 5
expect_bad "empty answer is missing" score 5 5 "" 5 5 5 5 5 5 5 5 5 5 5 5
grep -q 'Statement 3' "$ERR" && pass || fail "empty: message names statement 3"
expect_bad "bad answer with --json" score 5 5 5 5 5 5 5 5 5 5 5 5 5 5 11 --json
expect_bad "unknown command" frobnicate
expect_bad "unknown option" score "${FIFTEEN[@]}" --jsn
expect_bad "missing --csv value" score --csv
expect_bad "missing --seconds value" score "${FIFTEEN[@]}" --seconds
expect_bad "bad --seconds value" score "${FIFTEEN[@]}" --seconds soon
expect_bad "unreadable CSV file" score --csv "$TMP/does-not-exist.csv"
expect_bad "a directory as CSV file" score --csv "$TMP"
expect_bad "--csv and answers together" score --csv "$TMP/x.csv" 1 2 3
expect_bad "unreadable questionnaire" score "${FIFTEEN[@]}" --questionnaire "$TMP/nope.json"

# --questionnaire-version: only the built-in questionnaire's versions, and never with a file
LATEST=$("$BIN" questions --json | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["version"])')
check "the latest built-in version is 2" test "$LATEST" = 2
for bad in 0 "$((LATEST + 1))" 99 -1 1.5 1.0 abc "" " 1" 1x; do
  expect_bad "--questionnaire-version '$bad'" score "${FIFTEEN[@]}" --questionnaire-version "$bad"
  grep -q "1 to $LATEST" "$ERR" && pass || fail "--questionnaire-version '$bad': message names the valid versions"
done
expect_bad "--questionnaire-version 3 with --json" score "${FIFTEEN[@]}" --json --questionnaire-version 3
expect_bad "--questionnaire-version 3 with --csv" score --csv "$TMP/x.csv" --questionnaire-version 3
expect_bad "questions --questionnaire-version 3" questions --questionnaire-version 3
expect_bad "questions --json --questionnaire-version 0" questions --json --questionnaire-version 0
expect_bad "missing --questionnaire-version value" score "${FIFTEEN[@]}" --questionnaire-version
expect_bad "--questionnaire-version with --questionnaire" \
  score "${FIFTEEN[@]}" --questionnaire-version 1 --questionnaire "$SRC/assessment/content/questionnaire.json"
grep -q -- '--questionnaire-version.*cannot be combined with --questionnaire' "$ERR" && pass ||
  fail "--questionnaire-version with --questionnaire: message says they cannot be combined"
expect_bad "--questionnaire with --questionnaire-version (other order)" \
  score --questionnaire "$SRC/assessment/content/questionnaire.json" --questionnaire-version 2 "${FIFTEEN[@]}"
expect_bad "--questionnaire-version with --questionnaire and --csv" \
  score --csv "$TMP/x.csv" --questionnaire-version 1 --questionnaire "$SRC/assessment/content/questionnaire.json"
expect_bad "questions --questionnaire-version with --questionnaire" \
  questions --questionnaire-version 1 --questionnaire "$SRC/assessment/content/questionnaire.json"
expect_bad "validate without a file" validate
expect_bad "validate unreadable file" validate "$TMP/nope.json"

# BUG: messages that repeat what the user typed print it verbatim, so a token, command or path
# holding a newline breaks the one-line stderr contract (cli/commands.hpp: "a one-line message
# on stderr"). e.g. `crossroads score $'a\nb' 5 5 ...` prints two lines:
#   crossroads: Statement 1: "a
#   b" is not a number.
expect_bad "answer holding a newline: still one stderr line" score $'a\nb' 5 5 5 5 5 5 5 5 5 5 5 5 5 5
expect_bad "command holding a newline: still one stderr line" $'foo\nbar'
expect_bad "CSV path holding a newline: still one stderr line" score --csv "$TMP/no"$'\n'"file.csv"

# --- score --csv ------------------------------------------------------------------------------
CSV=$TMP/in.csv
{
  echo "id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15"
  echo "alice,1,2,3,4,5,6,7,8,9,10,0,1,2,3,4"
  echo "bob,5,5,5,5,5,5,5,5,5,5,5,5,5,5,abc"
  echo "\"Smith, Jo\",10,10,10,9,9,9,8,8,8,7,7,7,10,10,10"
} >"$CSV"
EXPECTED_CSV="id,total,band,impact,energy,style,life,growth,shape,margin,error"

check_csv_output() {  # DESCRIPTION ALICE_ROW SMITH_TOTAL SMITH_BAND (the row as id,total,...,margin)
  local what=$1 alice=$2 smith_total=$3 smith_band=$4
  check "$what: exit 0" test "$RC" -eq 0
  check "$what: no stderr" test ! -s "$ERR"
  check "$what: header + 3 rows" test "$(lines "$OUT")" -eq 4
  check "$what: header" test "$(head -n 1 "$OUT")" = "$EXPECTED_CSV"
  check "$what: good rows and the bad row" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) == 4, rows
assert all(len(r) == 11 for r in rows), rows
assert rows[1] == sys.argv[2].split(",") + [""], rows[1]
bob = rows[2]
assert bob[0] == "bob", bob
assert all(c == "" for c in bob[1:10]), bob
assert "Statement 15" in bob[10], bob
assert rows[3][0] == "Smith, Jo" and rows[3][1:3] == sys.argv[3:5] and rows[3][10] == "", rows[3]
' "$OUT" "$alice" "$smith_total" "$smith_band"
}

# version 2 reverses 7 statements; version 1 is the plain sum
ALICE_V2="alice,57,both,16,15,12,1,13,consistent,8"
ALICE_V1="alice,65,both,6,15,24,11,9,split,16"
run score --csv "$CSV"
check_csv_output "score --csv FILE" "$ALICE_V2" 78 both
run_in "$CSV" score --csv -
check_csv_output "score --csv - (stdin)" "$ALICE_V2" 78 both
run score --csv "$CSV" --questionnaire-version 1
check_csv_output "score --csv FILE --questionnaire-version 1" "$ALICE_V1" 132 mastery
run_in "$CSV" score --questionnaire-version 1 --csv -
check_csv_output "score --questionnaire-version 1 --csv -" "$ALICE_V1" 132 mastery

# CRLF, a BOM and a row with the wrong column count
printf '\xef\xbb\xbfid,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\r\nx,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\r\n\r\n1,2,3\r\ny,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n' >"$TMP/crlf.csv"
run score --csv "$TMP/crlf.csv"
check "CRLF/BOM CSV: exit 0" test "$RC" -eq 0
check "CRLF/BOM CSV rows" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) == 4, rows
assert rows[1][:3] == ["x", "75", "both"] and rows[1][10] == "", rows[1]
assert rows[2][0] == "4" and rows[2][1] == "" and "Line 4" in rows[2][10], rows[2]
assert rows[3][:3] == ["y", "70", "both"], rows[3]  # all zeros: the 7 reversed statements give 70
' "$OUT"

# formula-looking ids are neutralised
printf '=cmd,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n' >"$TMP/formula.csv"
run score --csv "$TMP/formula.csv"
check "formula id is neutralised" test "$(sed -n 2p "$OUT" | cut -c1-5)" = "'=cmd"

# --- validate ---------------------------------------------------------------------------------
run validate "$SRC/assessment/content/questionnaire.json"
check "validate built-in: exit 0" test "$RC" -eq 0
check "validate built-in: says valid" grep -q 'valid (15 statements, 5 themes, 3 bands, totals 0 to 150)' "$OUT"
check "validate built-in: no stderr" test ! -s "$ERR"

BROKEN=$TMP/broken.json
"$PY" - "$SRC/assessment/content/questionnaire.json" "$BROKEN" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))
del q["title"]                          # missing field
q["items"][1]["id"] = "impact-1"        # duplicate statement id
q["items"][4]["theme"] = "enrgy"        # unknown theme
q["items"][7]["revers"] = True          # unknown field
json.dump(q, open(sys.argv[2], "w"))
EOF
run validate "$BROKEN"
check "validate broken: exit 2" test "$RC" -eq 2
check "validate broken: one summary line on stderr" test "$(lines "$ERR")" -eq 1
check "validate broken: summary counts 4 problems" grep -q 'has 4 problems' "$ERR"
check "validate broken: lists 4 problems" test "$(lines "$OUT")" -eq 4
check "validate broken: missing title" grep -q ': title: is missing' "$OUT"
check "validate broken: duplicate id" grep -q 'items\[1\]\.id: statement 2' "$OUT"
check "validate broken: unknown theme" grep -q 'items\[4\]\.theme: statement 5: theme "enrgy"' "$OUT"
check "validate broken: unknown field" grep -q 'items\[7\]\.revers: is not a known field' "$OUT"

printf '{ not json' >"$TMP/notjson.json"
run validate "$TMP/notjson.json"
check "validate not-JSON: exit 2" test "$RC" -eq 2
check "validate not-JSON: says so" grep -q 'not valid JSON' "$OUT"

# --- a custom questionnaire -----------------------------------------------------------------------
CUSTOM=$TMP/custom.json
cat >"$CUSTOM" <<'EOF'
{
  "format": 1, "id": "example", "version": 1, "title": "Example", "intro": "Two statements.",
  "scale": { "min": 1, "max": 5 },
  "poles": { "low": { "id": "people", "label": "People" }, "high": { "id": "craft", "label": "Craft" } },
  "themes": [ { "id": "all", "title": "Everything", "description": "Both statements." } ],
  "items": [
    { "id": "a", "theme": "all", "prompt": "Where does your best day happen?", "short": "Best day",
      "low": "In a meeting that unblocks my team", "high": "Deep in a hard problem" },
    { "id": "b", "theme": "all", "prompt": "What would you rather learn next?", "short": "Learning",
      "low": "Coaching", "high": "A new technique", "reverse": false }
  ],
  "bands": [
    { "id": "people", "min": 2, "max": 5, "title": "People", "summary": "You lean to people.",
      "explanation": "x", "advice": [], "next_steps": [], "questions": [] },
    { "id": "craft", "min": 6, "max": 10, "title": "Craft", "summary": "You lean to craft.",
      "explanation": "x", "advice": [], "next_steps": [], "questions": [] }
  ]
}
EOF
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
expect_bad "broken --questionnaire" score 5 4 --questionnaire "$BROKEN"

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

# --- version 1 fixtures: what people hold from the version 1 build ----------------------------------
# tests/fixtures/v1 was made with the version 1 build (see its README.md); answers given then must
# still score exactly as they did when --questionnaire-version 1 says which version they answered.
FIX=$SRC/tests/fixtures/v1
if [ -f "$FIX/fixtures.json" ]; then
  for json in "$FIX"/cli-score-*.json; do
    [ -f "$json" ] || continue
    name=$(basename "$json" .json)
    read -r -a answers <<<"$("$PY" -c '
import json, sys
print(" ".join(str(i["answer"]) for i in json.load(open(sys.argv[1]))["items"]))
' "$json")"
    run score --questionnaire-version 1 --json "${answers[@]}"
    check "$name: score --questionnaire-version 1 --json exits 0" test "$RC" -eq 0
    check "$name: same total, band and answers as the version 1 build" "$PY" -c '
import json, sys
now = json.load(open(sys.argv[1]))
then = json.load(open(sys.argv[2]))
assert now["questionnaire"] == {"id": "crossroads", "version": 1}, now["questionnaire"]
for key in ("total", "min", "max", "margin", "borderline", "shape", "drivers", "quality"):
    assert now[key] == then[key], (key, now[key], then[key])
assert now["band"]["id"] == then["band"]["id"], (now["band"], then["band"])
assert [i["answer"] for i in now["items"]] == [i["answer"] for i in then["items"]]
assert [t["score"] for t in now["themes"]] == [t["score"] for t in then["themes"]]
manifest = json.load(open(sys.argv[3]))
listed = [r for r in manifest["results"] if r["files"].get("cli_json") == sys.argv[4]]
for r in listed:
    assert (r["total"], r["band"], r["answers"]) == (now["total"], now["band"]["id"],
                                                    [i["answer"] for i in now["items"]]), r
' "$OUT" "$json" "$FIX/fixtures.json" "$(basename "$json")"
    check_result "$name, version 1" --questionnaire-version 1 "${answers[@]}"
  done
  if [ -f "$FIX/team.csv" ] && [ -f "$FIX/cli-team-out.csv" ]; then
    run score --questionnaire-version 1 --csv "$FIX/team.csv"
    check "team.csv: score --questionnaire-version 1 --csv exits 0" test "$RC" -eq 0
    check "team.csv: output is cli-team-out.csv byte for byte" cmp -s "$OUT" "$FIX/cli-team-out.csv"
    run score --csv "$FIX/team.csv"
    check "team.csv: the latest version scores it differently (it reverses statements)" \
      test "$(cmp -s "$OUT" "$FIX/cli-team-out.csv" && echo same)" != same
  fi
fi

# --- help ---------------------------------------------------------------------------------------
run help
check "help exits 0" test "$RC" -eq 0
check "help shows usage" grep -q '^Usage:' "$OUT"
check "help shows --questionnaire-version" grep -q -- '--questionnaire-version N' "$OUT"
check "help shows questions --json" grep -qF 'crossroads questions [--json]' "$OUT"
check "help names the built-in versions" grep -qF "(1 to $LATEST;" "$OUT"
run
check "no arguments shows usage" grep -q '^Usage:' "$OUT"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
