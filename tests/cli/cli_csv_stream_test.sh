#!/usr/bin/env bash
# score --csv as a stream: --jobs N gives the same bytes as --jobs 1 on a large input (bad rows,
# quotes, CRLF, a line longer than a block), stdin arriving in slow pieces reads as the file does,
# bad --jobs values are refused, and the id column is decided once per input (issue 11). Some rows
# are refused, so these runs exit 1 with a count on stderr (issue 14).
# Usage: cli_csv_stream_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# --- a large input: 200,000 rows, some bad, from a fixed seed ------------------------------------
BIG=$TMP/big.csv
"$PY" - "$BIG" <<'EOF'
import random, sys
r = random.Random(11)
odd = ["", "abc", "7.5", "11", "\"5\"", " 5 "]
lines = ["id," + ",".join("q%d" % i for i in range(1, 16))]
for i in range(200000):
    cells = [str(r.randint(0, 10)) for _ in range(15)]
    if r.random() < 0.01:
        cells[r.randrange(15)] = r.choice(odd)
    if r.random() < 0.005:
        cells.pop()                              # a short row: reported under its own id
    ident = "p%d" % i if r.random() < 0.99 else '"Smith, ""%d"""' % i
    if i == 150000:
        ident = "x" * 600000                     # a line longer than any block
    lines.append(ident + "," + ",".join(cells) + ("\r" if i % 7 == 0 else ""))
    if r.random() < 0.002:
        lines.append("")                          # blank lines are skipped but counted
open(sys.argv[1], "w", newline="").write("\n".join(lines) + "\n")
EOF

run score --csv "$BIG" --jobs 1
check "--jobs 1: exit 1 (some rows refused)" test "$RC" -eq 1
cp "$ERR" "$TMP/jobs1.err"
cp "$OUT" "$TMP/jobs1.out"
check "--jobs 1: header and one line per row" test "$(lines "$TMP/jobs1.out")" -eq 200001
for jobs in 2 4 7; do
  run score --csv "$BIG" --jobs "$jobs"
  check "--jobs $jobs: exit 1 (some rows refused)" test "$RC" -eq 1
  check "--jobs $jobs: the same bytes as --jobs 1" cmp -s "$OUT" "$TMP/jobs1.out"
  check "--jobs $jobs: the same refused count as --jobs 1" cmp -s "$ERR" "$TMP/jobs1.err"
done
run score --csv "$BIG"
check "default jobs: the same bytes as --jobs 1" cmp -s "$OUT" "$TMP/jobs1.out"
check "output rows in input order, each under its own id" "$PY" -c '
import csv, sys
csv.field_size_limit(1 << 24)  # the long line
rows = list(csv.reader(open(sys.argv[1], newline="")))[1:]
ins = list(csv.reader(open(sys.argv[2], newline="")))[1:]
ins = [r for r in ins if any(c.strip(" \t") for c in r)]
assert len(rows) == len(ins) == 200000, (len(rows), len(ins))
for out, row in zip(rows, ins):
    assert out[0] == row[0], (out[0][:20], row[0][:20])
    width = len(row)
    while row[width - 1].strip(" ") == "":  # empty cells at the end of a line, beyond the
        width -= 1                          # 16 columns, are not counted; within, are blank answers
    if width > 16 or len(row) < 16:
        found = width if width > 16 else len(row)
        assert out[10].endswith("expected 15 answers, found %d values." % (found - 1)), out
    elif all(c.isdigit() and int(c) <= 10 for c in row[1:]):
        assert out[10] == "" and out[1] != "", out
bad = sum(1 for r in rows if r[10])
assert 1000 < bad < 5000, bad
err = open(sys.argv[3]).read()
assert err == "crossroads: %d rows could not be scored, of 200000 read; the error column says why\n" % bad, err
' "$TMP/jobs1.out" "$BIG" "$TMP/jobs1.err"

# --- stdin ---------------------------------------------------------------------------------------
run_in "$BIG" score --csv - --jobs 3
check "stdin (--jobs 3): the same bytes as the file" cmp -s "$OUT" "$TMP/jobs1.out"
# Input that arrives in slow pieces, split inside a line, a quoted id, a CRLF and the BOM.
printf '\xef\xbb\xbfid,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\r\n"Smith, ""J""",1,2,3,4,5,6,7,8,9,10,0,1,2,3,4\r\np2,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n' >"$TMP/slow.csv"
"$BIN" score --csv "$TMP/slow.csv" >"$TMP/slow.expected" 2>"$ERR"
for jobs in 1 2; do
  {
    printf '\xef\xbb'
    sleep 0.2
    printf '\xbfid,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\r'
    sleep 0.2
    printf '\n"Smith, ""'
    sleep 0.2
    printf 'J""",1,2,3,4,5,6,7,8,9,10,0,1,2,3,4\r\np2,5,5,5,5,5,5'
    sleep 0.2
    printf ',5,5,5,5,5,5,5,5\n'
  } | "$BIN" score --csv - --jobs "$jobs" >"$OUT" 2>"$ERR"
  check "stdin in slow pieces (--jobs $jobs): as the whole file" cmp -s "$OUT" "$TMP/slow.expected"
done
check "slow pieces: the quoted id and the short row" "$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) == 3, rows
assert rows[1][0] == "Smith, \"J\"" and rows[1][1] == "57", rows[1]
assert rows[2] == ["p2"] + [""] * 9 + ["Line 3: expected 15 answers, found 14 values."], rows[2]
' "$TMP/slow.expected"
printf '' | "$BIN" score --csv - >"$OUT" 2>"$ERR"
RC=$?
check "empty stdin: exit 2, nothing on stdout" test "$RC" -eq 2 -a ! -s "$OUT"
check "empty stdin: says so on stderr" \
  test "$(cat "$ERR")" = "crossroads: The file has no data rows: it is empty."

# --- the id column is decided once per input -----------------------------------------------------
printf 'id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15\np1,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\np7,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n' >"$TMP/short.csv"
run score --csv "$TMP/short.csv"
check "short row: exit 1" test "$RC" -eq 1
check "short row: reported under its own id, with the count" \
  test "$(sed -n 3p "$OUT")" = 'p7,,,,,,,,,,"Line 3: expected 15 answers, found 14 values."'
printf '5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\np2,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n' >"$TMP/long.csv"
run score --csv "$TMP/long.csv"
check "no id column: a row of 16 fields is one answer too many" \
  test "$(sed -n 3p "$OUT")" = '2,,,,,,,,,,"Line 2: expected 15 answers, found 16 values."'

# --- bad --jobs values ---------------------------------------------------------------------------
for bad in 0 257 -1 1.5 abc "" " 2" "2x" 99999999999999999999; do
  expect_bad "--jobs '$bad'" score --csv "$TMP/short.csv" --jobs "$bad"
  if grep -q -- "--jobs needs a whole number of threads, 1 to 256; got '$bad'" "$ERR"; then
    pass
  else
    fail "--jobs '$bad': the message names the range and the value"
  fi
done
expect_bad "--jobs without a value" score --csv "$TMP/short.csv" --jobs
expect_bad "--jobs without --csv" score 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 --jobs 2
expect_bad "questions --jobs" questions --jobs 2
head -n 2 "$TMP/short.csv" >"$TMP/good.csv"
run score --csv "$TMP/good.csv" --jobs 256
check "--jobs 256 (the most) works" test "$RC" -eq 0

# --- help ----------------------------------------------------------------------------------------
run help
check "help documents --jobs" grep -q -- '--jobs N' "$OUT"
