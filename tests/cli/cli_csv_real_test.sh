#!/usr/bin/env bash
# score --csv on CSV as people really have it (issue 14): the files of the issue's table
# (tests/fixtures/csv/: semicolon, a one-row tab file, trailing commas, a forms export, a header
# alone, an empty file), each separator in a one-row file, quoted fields holding the other
# separators, --delimiter and --id-column (good and bad values), the exit codes 0, 1 and 2, the
# "1 value" / "2 values" wording. Large files on any --jobs, and what the build before issue 14
# scored: cli_csv_real_large_test.sh.
# Usage: cli_csv_real_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FIX=$SRC/tests/fixtures/csv
# The answers of expected.json as a plain CSV (an id column, then q1..q15 in order): what every
# real-world file of the same people must score like.
CANON=$TMP/canonical.csv
"$PY" - "$FIX/expected.json" "$CANON" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))["rows"]
lines = ["id," + ",".join("q%d" % i for i in range(1, 16))]
lines += [r["id"] + "," + ",".join(str(a) for a in r["answers"]) for r in rows]
open(sys.argv[2], "w", encoding="utf-8", newline="").write("\n".join(lines) + "\n")
EOF
run score --csv "$CANON"
check "the canonical CSV: exit 0, no stderr" test "$RC" -eq 0 -a ! -s "$ERR"
cp "$OUT" "$TMP/canonical.out"
IDS=$("$PY" -c '
import json, sys
print(json.dumps([r["id"] for r in json.load(open(sys.argv[1], encoding="utf-8"))["rows"]]))
' "$FIX/expected.json")

# scores_are.py OUTPUT CANONICAL_OUTPUT IDS_JSON: OUTPUT is the header, then the first
# len(IDS_JSON) rows of the canonical output under these ids (every other column as the canonical
# CSV scored it, no error)
SCORES_ARE=$TMP/scores_are.py
cat >"$SCORES_ARE" <<'EOF'
import csv, json, sys
out = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
canon = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
ids = json.loads(sys.argv[3])
assert out[0] == canon[0], out[0]
assert len(out) == len(ids) + 1, (len(out), ids)
for row, want, ident in zip(out[1:], canon[1:], ids):
    assert row[0] == ident, (row[0], ident)
    assert row[1:] == want[1:] and row[10] == "", (row, want)
EOF
# expect_scores DESCRIPTION IDS_JSON ARGS...: `score ARGS` exits 0, says nothing on stderr and
# scores the first len(IDS_JSON) people of expected.json under those ids
expect_scores() {
  local what=$1 ids=$2
  shift 2
  run score "$@"
  check "$what: exit 0, no stderr" test "$RC" -eq 0 -a ! -s "$ERR"
  check "$what: the scores of expected.json, under the right ids" \
    "$PY" "$SCORES_ARE" "$OUT" "$TMP/canonical.out" "$ids"
}
# expect_unusable DESCRIPTION MESSAGE ARGS...: exit 2, nothing on stdout, stderr exactly
# "crossroads: MESSAGE"
expect_unusable() {
  local what=$1 message=$2
  shift 2
  run score "$@"
  check "$what: exit 2, nothing on stdout" test "$RC" -eq 2 -a ! -s "$OUT"
  check "$what: says why on stderr" test "$(cat "$ERR")" = "crossroads: $message"
}
ids_first() {  # ids_first N: the first N ids of expected.json, as JSON
  "$PY" -c 'import json, sys; print(json.dumps(json.loads(sys.argv[1])[:int(sys.argv[2])]))' "$IDS" "$1"
}

# --- the issue's table ---------------------------------------------------------------------------
# semicolons (Excel in a European locale, with CRLF and a byte-order mark, a Name;Q1;… header):
# every person, under the ids of the Name column
expect_scores "semicolon.csv" "$IDS" --csv "$FIX/semicolon.csv"
# a tab file of one row: the row is scored, never taken for a header
expect_scores "tab-one-row.tsv" "$(ids_first 1)" --csv "$FIX/tab-one-row.tsv"
# empty trailing cells, the header's too: ignored, and the ids stay the file's
expect_scores "trailing-comma.csv" "$IDS" --csv "$FIX/trailing-comma.csv"
# a forms export: columns by the statements' own words, out of order, extra columns ignored;
# without an id column the line numbers are the ids, --id-column picks the emails
expect_scores "forms-export.csv" '["2","3","4","5","6","7"]' --csv "$FIX/forms-export.csv"
EMAILS=$("$PY" -c '
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
print(json.dumps([r[1] for r in rows[1:]]))' "$FIX/forms-export.csv")
expect_scores "forms-export.csv --id-column 'Email address'" "$EMAILS" \
  --csv "$FIX/forms-export.csv" --id-column "Email address"
expect_scores "forms-export.csv --id-column 'email address' (compared as a name)" "$EMAILS" \
  --csv "$FIX/forms-export.csv" --id-column "email address"
expect_scores "forms-export.csv --jobs 4" '["2","3","4","5","6","7"]' \
  --csv "$FIX/forms-export.csv" --jobs 4
run_in "$FIX/forms-export.csv" score --csv - --id-column "Email address"
check "forms-export.csv from stdin: exit 0" test "$RC" -eq 0
check "forms-export.csv from stdin: as from the file" "$PY" "$SCORES_ARE" "$OUT" "$TMP/canonical.out" "$EMAILS"
# no data rows: said on stderr, exit 2, nothing on stdout (not even the output's header)
expect_unusable "header-only.csv" "The file has no data rows, only a header (line 1)." \
  --csv "$FIX/header-only.csv"
expect_unusable "empty.csv" "The file has no data rows: it is empty." --csv "$FIX/empty.csv"
for jobs in 1 4; do
  expect_unusable "header-only.csv --jobs $jobs" \
    "The file has no data rows, only a header (line 1)." --csv "$FIX/header-only.csv" --jobs "$jobs"
done
printf '' >"$TMP/nothing.csv"
run_in "$TMP/nothing.csv" score --csv -
check "empty stdin: exit 2, nothing on stdout" test "$RC" -eq 2 -a ! -s "$OUT"
printf '\n  \r\n,,\n\t;\n' >"$TMP/blank.csv"
expect_unusable "only blank lines" "The file has no data rows: it is empty." --csv "$TMP/blank.csv"
printf '\xef\xbb\xbf' >"$TMP/bom.csv"
expect_unusable "only a byte-order mark" "The file has no data rows: it is empty." --csv "$TMP/bom.csv"
head -n 1 "$FIX/semicolon.csv" >"$TMP/semicolon-header.csv"
expect_unusable "a semicolon header alone (BOM, CRLF)" \
  "The file has no data rows, only a header (line 1)." --csv "$TMP/semicolon-header.csv"
head -n 1 "$FIX/forms-export.csv" >"$TMP/forms-header.csv"
printf '\n\n' >>"$TMP/forms-header.csv"
expect_unusable "a forms header alone, then blank lines" \
  "The file has no data rows, only a header (line 1)." --csv "$TMP/forms-header.csv"

# --- a header that cannot be used: exit 2 before any row is written ------------------------------
"$PY" - "$FIX/forms-export.csv" "$TMP" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
def write(name, rows):
    csv.writer(open(sys.argv[2] + "/" + name, "w", encoding="utf-8", newline="")).writerows(rows)
write("forms-missing.csv", [r[:5] + r[6:] for r in rows])  # statement 13's column dropped
write("forms-twice.csv", [r + [r[2]] for r in rows])       # statement 12's column twice
EOF
for jobs in 1 4; do
  run score --csv "$TMP/forms-missing.csv" --jobs "$jobs"
  check "a statement no column names (--jobs $jobs): exit 2, nothing on stdout, one line" \
    test "$RC" -eq 2 -a ! -s "$OUT" -a "$(lines "$ERR")" -eq 1
  check "a statement no column names (--jobs $jobs): the line names the statement" \
    grep -q '^crossroads: .*statement 13 ' "$ERR"
  run score --csv "$TMP/forms-twice.csv" --jobs "$jobs"
  check "two columns name one statement (--jobs $jobs): exit 2, nothing on stdout, one line" \
    test "$RC" -eq 2 -a ! -s "$OUT" -a "$(lines "$ERR")" -eq 1
  check "two columns name one statement (--jobs $jobs): the line names both columns" \
    grep -q '^crossroads: Columns 3 .* and 19 .*statement 12' "$ERR"
done

# --- one-row files of every separator, with and without an id, with and without a header --------
"$PY" - "$FIX/expected.json" "$TMP" <<'EOF'
import json, sys
ana = json.load(open(sys.argv[1], encoding="utf-8"))["rows"][0]
answers = [str(a) for a in ana["answers"]]
header = ["id"] + ["q%d" % i for i in range(1, 16)]
for name, sep in (("comma", ","), ("semicolon", ";"), ("tab", "\t")):
    def write(kind, lines):
        open("%s/one-%s-%s.csv" % (sys.argv[2], name, kind), "w", newline="").write(
            "".join(sep.join(l) + "\n" for l in lines))
    write("id", [[ana["id"]] + answers])
    write("no-id", [answers])
    write("header", [header, [ana["id"]] + answers])
    write("header-no-id", [header[1:], answers])
EOF
for sep in comma semicolon tab; do
  expect_scores "one $sep row with an id" '["ana"]' --csv "$TMP/one-$sep-id.csv"
  expect_scores "one $sep row without an id" '["1"]' --csv "$TMP/one-$sep-no-id.csv"
  expect_scores "one $sep row under a header" '["ana"]' --csv "$TMP/one-$sep-header.csv"
  expect_scores "one $sep row under a header, no id" '["2"]' --csv "$TMP/one-$sep-header-no-id.csv"
  expect_scores "one $sep row with an id (--jobs 4)" '["ana"]' --csv "$TMP/one-$sep-id.csv" --jobs 4
  run_in "$TMP/one-$sep-no-id.csv" score --csv - --jobs 3
  check "one $sep row from stdin (--jobs 3)" "$PY" "$SCORES_ARE" "$OUT" "$TMP/canonical.out" '["1"]'
done

# --- quoted fields holding the other separators --------------------------------------------------
# Each id holds 15 of each other separator: split by one of those, quotes ignored, it would give
# 16 fields, the shape of a row with an id. Two rows and one row, without a header.
"$PY" - "$FIX/expected.json" "$TMP" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))["rows"][:2]
for name, sep in (("comma", ","), ("semicolon", ";"), ("tab", "\t")):
    others = "".join(c * 15 for c in ",;\t" if c != sep)
    lines = ['"%s %s ""q"""' % (r["id"], others) + sep + sep.join(str(a) for a in r["answers"])
             for r in rows]
    open("%s/quoted-%s.csv" % (sys.argv[2], name), "w", newline="").write("\n".join(lines) + "\n")
    open("%s/quoted-%s-one.csv" % (sys.argv[2], name), "w", newline="").write(lines[0] + "\n")
    json.dump([r["id"] + " " + others + ' "q"' for r in rows],
              open("%s/quoted-%s.ids" % (sys.argv[2], name), "w"))
EOF
for sep in comma semicolon tab; do
  ids=$(cat "$TMP/quoted-$sep.ids")
  expect_scores "$sep rows whose quoted ids hold the other separators" "$ids" --csv "$TMP/quoted-$sep.csv"
  expect_scores "one $sep row whose quoted id holds the other separators" \
    "$("$PY" -c 'import json, sys; print(json.dumps(json.loads(sys.argv[1])[:1]))' "$ids")" \
    --csv "$TMP/quoted-$sep-one.csv"
done

# --- --delimiter -------------------------------------------------------------------------------
# Every spelling of the separator detection found gives the same bytes.
for spec in "semicolon.csv:;" "semicolon.csv:semicolon" "tab-one-row.tsv:tab" \
  "tab-one-row.tsv:\\t" "tab-one-row.tsv:$(printf '\t')" "trailing-comma.csv:," \
  "trailing-comma.csv:comma" "forms-export.csv:,"; do
  file=${spec%%:*}
  value=${spec#*:}
  "$BIN" score --csv "$FIX/$file" >"$TMP/detected.out" 2>/dev/null
  run score --csv "$FIX/$file" --delimiter "$value"
  check "$file --delimiter '$value': exit 0" test "$RC" -eq 0
  check "$file --delimiter '$value': as detected" cmp -s "$OUT" "$TMP/detected.out"
done
# A wrong separator is obeyed: every line is then one field, a row refused (exit 1), none dropped.
run score --csv "$FIX/semicolon.csv" --delimiter ,
check "semicolon.csv --delimiter ,: exit 1" test "$RC" -eq 1
check "semicolon.csv --delimiter ,: every line a refused row of 1 value" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
assert len(rows) == 8, rows
for n, row in enumerate(rows[1:], 1):
    assert row == [str(n)] + [""] * 9 + ["Line %d: expected 15 answers, found 1 value." % n], row
' "$OUT"
check "semicolon.csv --delimiter ,: stderr counts the refused rows" test "$(cat "$ERR")" = \
  "crossroads: 7 rows could not be scored, of 7 read; the error column says why"
run score --csv "$FIX/forms-export.csv" --delimiter tab
check "forms-export.csv --delimiter tab: exit 1, every row refused" test "$RC" -eq 1 -a \
  "$(grep -c 'expected 15 answers, found 1 value\.' "$OUT")" -eq 7
# Where detection cannot tell: tab-separated ids full of semicolons split into as many fields
# either way, and a tie goes to the semicolon; --delimiter tab reads it right.
tabs() { printf '\t%s' "$@"; }
{
  printf 'a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p%s\n' "$(tabs 6 1 4 3 5 5 4 5 10 10 8 2 2 8 10)"
  printf 'q;r;s;t;u;v;w;x;y;z;A;B;C;D;E;F%s\n' "$(tabs 10 4 2 0 10 1 1 9 5 0 1 4 3 6 6)"
} >"$TMP/ambiguous.tsv"
run score --csv "$TMP/ambiguous.tsv"
check "ids full of semicolons, detected: not read as tab-separated" test "$RC" -ne 0
expect_scores "ids full of semicolons, --delimiter tab" \
  '["a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p", "q;r;s;t;u;v;w;x;y;z;A;B;C;D;E;F"]' \
  --csv "$TMP/ambiguous.tsv" --delimiter tab
# bad values: exit 2, one line naming the value
for bad in "|" ":" "" "tabs" ",," " ," ";;" "t" "\\n" "0x09"; do
  expect_bad "--delimiter '$bad'" score --csv "$FIX/semicolon.csv" --delimiter "$bad"
  check "--delimiter '$bad': the line names the value" grep -qxF -- \
    "crossroads: --delimiter needs a separator: ',' ';' or 'tab' (also 'comma', 'semicolon', '\\t'); got '$bad'" "$ERR"
done
expect_bad "--delimiter holding a newline: one stderr line" score --csv "$FIX/semicolon.csv" --delimiter $'a\nb'
expect_bad "--delimiter without a value" score --csv "$FIX/semicolon.csv" --delimiter
expect_bad "--delimiter without --csv" score 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 --delimiter ,
check "--delimiter without --csv: says so" grep -qxF "crossroads: --delimiter applies only to score --csv" "$ERR"
expect_bad "questions --delimiter" questions --delimiter ,

# --- --id-column ---------------------------------------------------------------------------------
expect_scores "semicolon.csv --id-column name (any case)" "$IDS" --csv "$FIX/semicolon.csv" --id-column name
expect_scores "trailing-comma.csv --id-column id" "$IDS" --csv "$FIX/trailing-comma.csv" --id-column id
expect_scores "forms-export.csv --id-column Timestamp" "$("$PY" -c '
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
print(json.dumps([r[0] for r in rows[1:]]))' "$FIX/forms-export.csv")" \
  --csv "$FIX/forms-export.csv" --id-column Timestamp
expect_unusable "--id-column not in the header" 'The header has no column named "Name" for the ids.' \
  --csv "$FIX/forms-export.csv" --id-column Name
expect_unusable "--id-column without a header" \
  'The first line is not a header, so no column is named "id" for the ids.' \
  --csv "$FIX/tab-one-row.tsv" --id-column id
expect_unusable "--id-column naming a statement's column by number" \
  'The column "Q1" holds the answers to statement 1, so it cannot hold the ids.' \
  --csv "$FIX/semicolon.csv" --id-column Q1
for jobs in 1 4; do
  run score --csv "$FIX/forms-export.csv" --id-column "Which kind of pressure would you rather deal with?" --jobs "$jobs"
  check "--id-column naming a statement's column by its words (--jobs $jobs): exit 2, nothing on stdout, one line" \
    test "$RC" -eq 2 -a ! -s "$OUT" -a "$(lines "$ERR")" -eq 1
  check "--id-column naming a statement's column by its words (--jobs $jobs): names it" \
    grep -qF 'Which kind of pressure' "$ERR"
done
expect_bad "--id-column without a value" score --csv "$FIX/forms-export.csv" --id-column
expect_bad "--id-column without --csv" score 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 --id-column id
check "--id-column without --csv: says so" grep -qxF "crossroads: --id-column applies only to score --csv" "$ERR"
expect_bad "questions --id-column" questions --id-column id

# --- words: "1 value", "2 values"; one sentence naming the column when columns come by name ------
printf 'id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15\np1,5\np2,5,5\n7\n' >"$TMP/short.csv"
run score --csv "$TMP/short.csv"
check "short rows: exit 1" test "$RC" -eq 1
check "short rows: 1 value, 2 values" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert [r[10] for r in rows[1:]] == ["Line 2: expected 15 answers, found 1 value.",
                                     "Line 3: expected 15 answers, found 2 values.",
                                     "Line 4: expected 15 answers, found 0 values."], rows
assert [r[0] for r in rows[1:]] == ["p1", "p2", "7"], rows
' "$OUT"

# --- exit 1: some rows refused, the others still scored and printed -------------------------------
# The forms export with three bad rows after its six good ones: a word for an answer (named by
# its column), a row longer than the header, a row missing its last answers.
{
  cat "$FIX/forms-export.csv"
  printf '2026/11/09,x@example.org,abc,8,10,2,3,5,4,6,8,5,10,4,10,1,5,\r\n'
  printf '2026/11/09,y@example.org,2,8,10,2,3,5,4,6,8,5,10,4,10,1,5,ok,extra\r\n'
  printf '2026/11/09,z@example.org,2,8,10,2,3,5,4,6,8,5,10,4,10\r\n'
} >"$TMP/mixed.csv"
for jobs in 1 4; do
  run score --csv "$TMP/mixed.csv" --id-column "Email address" --jobs "$jobs"
  check "good and bad rows (--jobs $jobs): exit 1" test "$RC" -eq 1
  check "good and bad rows (--jobs $jobs): stderr counts the refused rows" test "$(cat "$ERR")" = \
    "crossroads: 3 rows could not be scored, of 9 read; the error column says why"
  head -n 7 "$OUT" >"$TMP/mixed-good.out"
  check "good and bad rows (--jobs $jobs): the good rows scored" \
    "$PY" "$SCORES_ARE" "$TMP/mixed-good.out" "$TMP/canonical.out" "$EMAILS"
  check "good and bad rows (--jobs $jobs): each bad row says why, naming its column" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))[7:]
assert [r[0] for r in rows] == ["x@example.org", "y@example.org", "z@example.org"], rows
assert all(r[1:10] == [""] * 9 for r in rows), rows
assert rows[0][10] == "Statement 12 (column \"Which kind of pressure would you rather\u2026\"): \"abc\" is not a number.", rows[0]
assert rows[1][10] == "Line 9: expected at most 18 values, one per column of the header, found 19.", rows[1]
assert rows[2][10] == "Statement 2 (column \"Which remark from a colleague would sta\u2026\") has no answer.", rows[2]
' "$OUT"
done

# --- help ----------------------------------------------------------------------------------------
run help
check "help documents --delimiter" grep -q -- '--delimiter D' "$OUT"
check "help documents --id-column" grep -q -- '--id-column NAME' "$OUT"
check "help documents the exit codes 0, 1 and 2" "$PY" -c '
import sys
out = open(sys.argv[1]).read()
at = out.index("Exit codes:")
assert all(("\n  %d  " % c) in out[at:] for c in (0, 1, 2)), out[at:]
' "$OUT"
