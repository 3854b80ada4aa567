#!/usr/bin/env bash
# crossroads team (issue 12): the JSON's shape and figures against an independent reckoning
# (oracle.py below) and a published reference (pingouin's data: alpha 0.5917, 95% CI 0.195 to
# 0.840), reversed statements counted by their scored values, the privacy floor at 4 and 5 people,
# --min-group (3 to 10; 2, 11 and x refused), rows that cannot be scored counted and left out,
# stdin, a semicolon file, the text report (aligned tables, "—" for an undefined figure, never
# "nan"), and the exit codes: 0 with a report, 2 with one line on stderr and nothing on stdout.
# Usage: cli_team_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FIX=$SRC/tests/fixtures/csv
# team_oracle.py TEAM_JSON QUESTIONNAIRE_JSON CSV: the figures of an independent, plain reckoning
ORACLE=$SRC/tests/cli/team_oracle.py
# team_json CSV ARGS...: `team --csv CSV ARGS --json` exits 0, one line, no stderr; JSON in $TMP/t.json
team_json() {
  local csv=$1
  shift
  run team --csv "$csv" "$@" --json
  check "team --csv $(basename "$csv") $*: exit 0, one line, nothing on stderr" \
    test "$RC" -eq 0 -a "$(lines "$OUT")" -eq 1 -a ! -s "$ERR"
  cp "$OUT" "$TMP/t.json"
}
# oracle CSV ARGS...: `team --csv CSV ARGS --json` agrees with team_oracle.py
oracle() {
  local csv=$1 a prev="" qargs=()
  shift
  for a in "$@"; do  # the questionnaire options with their values, for `questions --json`
    case $prev in --questionnaire | --questionnaire-version) qargs+=("$prev" "$a") ;; esac
    prev=$a
  done
  run questions --json "${qargs[@]}"
  cp "$OUT" "$TMP/q.json"
  team_json "$csv" "$@"
  check "$(basename "$csv") $*: the figures of a plain reckoning" \
    "$PY" "$ORACLE" "$TMP/t.json" "$TMP/q.json" "$csv"
}
# json_is DESCRIPTION PYTHON_EXPRESSION: the expression holds for t (the last team --json)
json_is() {
  check "$1" "$PY" -c 'import json, sys; t = json.load(open(sys.argv[1])); assert '"$2"', t' "$TMP/t.json"
}

# --- the published reference: pingouin's cronbach_alpha data (tests/fixtures/reference/), whose
# docstring gives alpha 0.5917188485995826 and the 95% CI [0.195, 0.840]. 15 people, 10
# statements on a 1-7 scale; themes a (5), b (4), c (1: no theme figure). ping-reversed.json
# reverses statement 5 and its answers are turned round: the scored values, and so every figure,
# are the same.
"$PY" - "$TMP" "$SRC/tests/fixtures/reference/pingouin_cronbach_alpha.csv" <<'EOF'
import csv, json, sys
people = [row[1:] for row in list(csv.reader(open(sys.argv[2])))[1:]]
cols = [[person[i] for person in people] for i in range(10)]
def write(name, flip):
    lines = ["id," + ",".join("Q%d" % i for i in range(1, 11))]
    for p in range(15):
        lines.append("p%d," % p + ",".join(str(8 - int(c[p])) if flip and i == 4 else c[p]
                                          for i, c in enumerate(cols)))
    open("%s/%s.csv" % (sys.argv[1], name), "w").write("\n".join(lines) + "\n")
    band = lambda i, lo, hi: {"id": i, "min": lo, "max": hi, "title": i.title(), "summary": "s",
                              "explanation": "e", "advice": [], "next_steps": [], "questions": []}
    q = {"format": 1, "id": "pingouin", "version": 3, "title": "Pingouin", "intro": "i",
         "scale": {"min": 1, "max": 7},
         "poles": {"low": {"id": "lo", "label": "Lo"}, "high": {"id": "hi", "label": "Hi"}},
         "themes": [{"id": t, "title": "Theme " + t, "description": "d"} for t in "abc"],
         "items": [{"id": "q%d" % i, "theme": "a" if i <= 5 else "b" if i <= 9 else "c",
                    "prompt": "Q%d?" % i, "short": "Short %d" % i, "low": "l", "high": "h",
                    "reverse": flip and i == 5} for i in range(1, 11)],
         "bands": [band("low", 10, 40), band("high", 41, 70)]}
    json.dump(q, open("%s/%s.json" % (sys.argv[1], name), "w"))
write("ping", False)
write("ping-reversed", True)
EOF
PING=(--questionnaire "$TMP/ping.json")
oracle "$TMP/ping.csv" "${PING[@]}"
json_is "pingouin: alpha 0.5917, CI 0.195 to 0.840 (pingouin's docstring), n 15, k 10, loose" \
  'round(t["reliability"]["total"]["alpha"], 4) == 0.5917 and [round(x, 3) for x in t["reliability"]["total"]["ci"]] == [0.195, 0.840] and t["n"] == 15 and t["reliability"]["total"]["k"] == 10 and t["reliability"]["total"]["reading"] == "loose"'
json_is "pingouin: themes a and b only (c has one statement), 5 and 4 statements" \
  '[(r["id"], r["k"]) for r in t["reliability"]["themes"]] == [("a", 5), ("b", 4)]'
json_is "pingouin: excluded 0, min_group 5, not suppressed, SEM a number" \
  't["excluded"] == 0 and t["min_group"] == 5 and t["suppressed"] is False and t["sem"] > 0'
cp "$TMP/t.json" "$TMP/ping.team.json"
oracle "$TMP/ping-reversed.csv" --questionnaire "$TMP/ping-reversed.json"
check "a reversed statement is counted by its scored values: every figure as before" "$PY" -c '
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
assert a["reliability"] == b["reliability"] and a["bands"] == b["bands"] and a["sem"] == b["sem"]
' "$TMP/ping.team.json" "$TMP/t.json"

# --- the text report -------------------------------------------------------------------------------
run team --csv "$TMP/ping.csv" "${PING[@]}"
check "text: exit 0, nothing on stderr" test "$RC" -eq 0 -a ! -s "$ERR"
for want in "Team: Pingouin" "People scored: 15" "Smallest group shown: 5" "Bands (people in each):" \
  "  Low   12" "  High   3" "How far to trust this" "Whole questionnaire (10 statements, 15 people)" \
  "  Cronbach's alpha: 0.592, 95% confidence interval 0.195 to 0.840" \
  "  Reading: these statements hang together only loosely: read their score with care" \
  "Theme: Theme a (5 statements, 15 people)" "Theme: Theme b (4 statements, 15 people)"; do
  check "text: a line '$want'" grep -qxF "$want" "$OUT"
done
check "text: no rows left out, said plainly" grep -qx 'Rows left out: 0' "$OUT"
check "text: the uncertain count beside the bands, with 1.96 x SEM" \
  grep -qE '^  9 people.s bands are too close to call: within 1\.96 x SEM \(8\.3 points\)' "$OUT"
check "text: the SEM in points, explained" grep -qE '^Standard error of measurement \(SEM\) of the total: 4\.2 points\. A person' "$OUT"
check "text: no theme c (one statement)" test "$(grep -c 'Theme c' "$OUT")" -eq 0
check "text: statement 1's figures and answer counts" \
  grep -qE '^  1\. Short 1 +0\.575 +0\.469 +4\.27 +1\.71 +1 +2 +1 +4 +3 +3 +1$' "$OUT"
check "text: every table's rows as wide as its heading (aligned columns), counts headed 1 to 7" "$PY" -c '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
heads = [i for i, l in enumerate(lines) if l.startswith("  Statement ")]
assert len(heads) == 3, heads
for h in heads:
    assert lines[h].split()[-7:] == [str(v) for v in range(1, 8)], lines[h]
    assert lines[h - 1].strip() == "People per answer:", lines[h - 1]
    table = lines[h:lines.index("", h)]
    assert len({len(l) for l in table}) == 1, table
    assert lines[h - 1].index("People") == lines[h].index("SD") + 4, lines[h - 1:h + 1]
' "$OUT"

# --- constant answers: alpha undefined, "—" on screen, null in the JSON, never NaN ------------------
"$PY" -c '
print("id,q1,q2")
for p in range(12): print("p%d,3,3" % p)' >"$TMP/constant.csv"
MINIMAL=(--questionnaire "$SRC/docs/examples/minimal.json")
oracle "$TMP/constant.csv" "${MINIMAL[@]}"
json_is "constant answers: alpha, CI, item-total, SEM, band_uncertain null; reading undefined" \
  't["reliability"]["total"]["alpha"] is None and t["reliability"]["total"]["ci"] is None and t["reliability"]["total"]["reading"] == "undefined" and t["reliability"]["total"]["items"][0]["item_total"] is None and t["sem"] is None and t["band_uncertain"] is None and t["reliability"]["total"]["items"][0]["sd"] == 0'
run team --csv "$TMP/constant.csv" "${MINIMAL[@]}"
check "constant answers, text: the reading in words" \
  grep -qxF "  Reading: cannot be told: alpha needs at least 2 statements whose total varies" "$OUT"
check "constant answers, text: alpha and CI shown as —" \
  grep -qxF "  Cronbach's alpha: —, 95% confidence interval —" "$OUT"
check "constant answers, text: SEM and the uncertain count shown as —" \
  test "$(grep -cE '^(  Too close to call|Standard error .*): — ' "$OUT")" -eq 2
check "constant answers, text: never nan or inf" test "$(grep -ciwE 'nan|inf|-nan' "$OUT")" -eq 0
head -n 5 "$TMP/constant.csv" | sed '3s/3,3$/1,5/' >"$TMP/few.csv"
oracle "$TMP/few.csv" "${MINIMAL[@]}" --min-group 4
json_is "4 people: too few to tell, whatever alpha is" 't["reliability"]["total"]["reading"] == "too_few"'

# --- the built-in questionnaire: reversed statements' counts, the themes, versions -----------------
"$PY" - "$TMP" <<'EOF'
import random, sys
random.seed(12)
lines = ["id," + ",".join("q%d" % i for i in range(1, 16))]
for p in range(300):
    lean = random.randint(0, 10)
    lines.append("p%d," % p + ",".join(str(min(10, max(0, lean + random.randint(-3, 3))))
                                       for _ in range(15)))
open(sys.argv[1] + "/team.csv", "w").write("\n".join(lines) + "\n")
open(sys.argv[1] + "/zeros.csv", "w").write("id,q1\n" + "".join("z%d,%s\n" % (p, ",".join(["0"] * 15)) for p in range(6)))
EOF
oracle "$TMP/team.csv"
json_is "built-in: five themes of 3 statements" \
  '[(r["id"], r["k"]) for r in t["reliability"]["themes"]] == [("impact", 3), ("energy", 3), ("style", 3), ("life", 3), ("growth", 3)]'
oracle "$TMP/team.csv" --questionnaire-version 1
run team --csv "$TMP/team.csv" --questionnaire-version 1
check "version 1, text: says which version scored it" grep -q '^Scored with version 1 ' "$OUT"
sed -i '1s/.*/id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15/' "$TMP/zeros.csv"
oracle "$TMP/zeros.csv"
json_is "all answers 0: reversed statements counted at 10, the others at 0" \
  'all(s["counts"][10 if s["number"] in (2, 3, 5, 7, 9, 10, 14) else 0] == 6 for s in t["reliability"]["total"]["items"])'

# --- the privacy floor -------------------------------------------------------------------------------
head -n 5 "$TMP/team.csv" >"$TMP/four.csv"
head -n 6 "$TMP/team.csv" >"$TMP/five.csv"
head -n 10 "$TMP/team.csv" >"$TMP/nine.csv"
oracle "$TMP/four.csv"
json_is "4 people, floor 5: suppressed, every aggregate null, n and excluded given" \
  't["suppressed"] is True and t["n"] == 4 and t["excluded"] == 0 and t["min_group"] == 5'
run team --csv "$TMP/four.csv"
check "4 people, text: says why, and how to change it" grep -qxF "Only 4 people were scored; the floor is 5, so no figure is shown so that nobody can be singled out. Change it with --min-group (3 to 10)." "$OUT"
check "4 people, text: no band, SEM or alpha" test "$(grep -ciE 'band|SEM|alpha|Statement' "$OUT")" -eq 0
head -n 3 "$TMP/team.csv" >"$TMP/two.csv"
run team --csv "$TMP/two.csv" --min-group 3
check "2 people: no floor would show figures, and the text does not offer one" \
  grep -qxF "Only 2 people were scored; no figure is shown for fewer than 3 people, so that nobody can be singled out." "$OUT"
oracle "$TMP/five.csv"
json_is "5 people, floor 5: figures shown" 't["suppressed"] is False and t["n"] == 5'
oracle "$TMP/four.csv" --min-group 4
json_is "4 people, --min-group 4: figures shown" 't["suppressed"] is False and t["min_group"] == 4'
oracle "$TMP/four.csv" --min-group 3
oracle "$TMP/nine.csv" --min-group 10
json_is "9 people, --min-group 10: suppressed" 't["suppressed"] is True and t["min_group"] == 10'
for bad in 2 11 x 4.0 " 4" "" -5; do
  expect_bad "--min-group '$bad' refused" team --csv "$TMP/five.csv" --min-group "$bad"
done
run team --csv "$TMP/five.csv" --min-group 2
check "--min-group 2: the line says the range" grep -qxF "crossroads: --min-group needs a whole number of people, 3 to 10; got '2'" "$ERR"

# --- rows that cannot be scored: left out, counted, said on stderr, exit 0 --------------------------
{
  head -n 8 "$TMP/team.csv"
  echo "short,1,2,3"
  echo "range,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0"
  echo "gap,1,2,3,4,5,6,7,8,9,10,1,2,,4,5"
} >"$TMP/refused.csv"
run team --csv "$TMP/refused.csv" --json
check "3 rows left out: exit 0" test "$RC" -eq 0
check "3 rows left out: one line on stderr, counting them and giving the first's reason" \
  test "$(cat "$ERR")" = "crossroads: 3 rows could not be scored and are left out; the first: Line 9: expected 15 answers, found 3 values."
cp "$OUT" "$TMP/t.json"
json_is "3 rows left out: excluded 3, n 7" 't["excluded"] == 3 and t["n"] == 7'
head -n 8 "$TMP/team.csv" >"$TMP/kept.csv"
oracle "$TMP/kept.csv"
check "3 rows left out: every figure as without them" "$PY" -c '
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
a["excluded"] = 0
assert a == b, (a, b)
' "$OUT" "$TMP/t.json"
run team --csv "$TMP/refused.csv"
check "3 rows left out, text" grep -qx 'Rows left out: 3 (.*)' "$OUT"
{ head -n 1 "$TMP/team.csv"; echo "only,1,2"; } >"$TMP/one-bad.csv"
run team --csv "$TMP/one-bad.csv" --json
check "every row left out: exit 0, n 0, suppressed, singular on stderr" "$PY" -c '
import json, sys
t = json.load(open(sys.argv[1]))
assert t["n"] == 0 and t["excluded"] == 1 and t["suppressed"] is True, t
assert open(sys.argv[2]).read().startswith("crossroads: 1 row could not be scored and is left out: Line 2:")
' "$OUT" "$ERR"

# --- stdin, separators, id columns --------------------------------------------------------------------
team_json "$TMP/team.csv"
run_in "$TMP/team.csv" team --csv - --json
check "stdin: exit 0, the same JSON as from the file" test "$RC" -eq 0 -a "$(cat "$OUT")" = "$(cat "$TMP/t.json")"
CANON=$TMP/canonical.csv
"$PY" -c '
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))["rows"]
print("id," + ",".join("q%d" % i for i in range(1, 16)))
for r in rows: print(r["id"] + "," + ",".join(str(a) for a in r["answers"]))' "$FIX/expected.json" >"$CANON"
team_json "$CANON"
cp "$TMP/t.json" "$TMP/canonical.json"
for args in "$FIX/semicolon.csv" "$FIX/semicolon.csv --delimiter ;" "$FIX/trailing-comma.csv" \
  "$FIX/forms-export.csv" "$FIX/forms-export.csv --id-column Timestamp"; do
  read -r -a argv <<<"$args"
  team_json "${argv[@]}"
  check "$args: the same figures as the plain CSV of the same people" cmp -s "$TMP/t.json" "$TMP/canonical.json"
done

# --- exit 2: one line on stderr, nothing on stdout ------------------------------------------------------
expect_bad "no --csv" team
expect_bad "no --csv, with --json" team --json
expect_bad "--csv without a value" team --csv
expect_bad "a file that is not there" team --csv "$TMP/missing.csv"
expect_bad "a directory" team --csv "$TMP"
expect_bad "a header alone" team --csv "$FIX/header-only.csv"
expect_bad "an empty file" team --csv "$FIX/empty.csv"
"$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline="")).writerows([r[:5] + r[6:] for r in rows])
' "$FIX/forms-export.csv" "$TMP/forms-missing.csv"
expect_bad "a header that does not name every statement" team --csv "$TMP/forms-missing.csv"
expect_bad "answers as arguments" team 1 2 3 --csv "$TMP/team.csv"
expect_bad "--jobs" team --csv "$TMP/team.csv" --jobs 2
expect_bad "--seconds" team --csv "$TMP/team.csv" --seconds 3
expect_bad "an unknown option" team --csv "$TMP/team.csv" --floor 3
expect_bad "a bad --delimiter" team --csv "$TMP/team.csv" --delimiter :
expect_bad "an --id-column that is not there" team --csv "$TMP/team.csv" --id-column nope
expect_bad "score with --min-group" score --csv "$TMP/team.csv" --min-group 5
expect_bad "questions with --min-group" questions --min-group 5
printf '' >"$TMP/nothing.csv"
run_in "$TMP/nothing.csv" team --csv -
check "empty stdin: exit 2, one line, nothing on stdout" test "$RC" -eq 2 -a ! -s "$OUT" -a "$(lines "$ERR")" -eq 1
run help
check "help: documents team and --min-group" grep -q 'crossroads team --csv FILE|- \[--min-group N\]' "$OUT"
check "help: --min-group's range and default" grep -qF '(3 to 10; 5 by default)' "$OUT"
