#!/usr/bin/env bash
# Behaviour of the crossroads command line: commands, options, exit codes and error discipline.
# Covers questions --json, score --json and --seconds, bad input (exit 2, one stderr line, nothing
# on stdout), score --csv (file, stdin, CRLF/BOM, formula ids; also with --questionnaire-version 1),
# validate, and help. The text report: cli_text_test.sh; versions: cli_versions_test.sh.
# Usage: cli_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup and helpers: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

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

# questions takes no answers and no score options
expect_bad "questions with an argument" questions extra
expect_bad "questions with --csv" questions --csv "$TMP/x.csv"
expect_bad "questions with --seconds" questions --seconds 3

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

# --- --seconds -----------------------------------------------------------------------------
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
expect_bad "validate with two files" validate "$CONTENT" "$CONTENT"  # no file: cli_lang_test.sh
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
  check "$what: exit 1 (bob's row is refused)" test "$RC" -eq 1
  check "$what: stderr counts the refused row" test "$(cat "$ERR")" = \
    "crossroads: 1 row could not be scored, of 3 read; the error column says why"
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
check "CRLF/BOM CSV: exit 1 (the short row is refused)" test "$RC" -eq 1
check "CRLF/BOM CSV rows" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) == 4, rows
assert rows[1][:3] == ["x", "75", "both"] and rows[1][10] == "", rows[1]
# the input has an id column (decided by its header), so the short row keeps its own id, "1"
assert rows[2][0] == "1" and rows[2][1] == "", rows[2]
assert rows[2][10] == "Line 4: expected 15 answers, found 2 values.", rows[2]
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
expect_bad "broken --questionnaire" score 5 4 --questionnaire "$BROKEN"

# --- help ---------------------------------------------------------------------------------------
run help
check "help exits 0" test "$RC" -eq 0
check "help shows usage" grep -q '^Usage:' "$OUT"
check "help shows --questionnaire-version" grep -q -- '--questionnaire-version N' "$OUT"
check "help shows questions --json" grep -qF 'crossroads questions [--json]' "$OUT"
check "help names the built-in versions" grep -qF "(1 to $LATEST;" "$OUT"
run
check "no arguments shows usage" grep -q '^Usage:' "$OUT"
