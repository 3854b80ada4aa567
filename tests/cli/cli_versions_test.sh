#!/usr/bin/env bash
# Versions of the built-in questionnaire on the crossroads command line: --questionnaire-version
# for questions, questions --json and score (text and --json), which values it takes and what it
# cannot be combined with, and the version-1 fixtures in tests/fixtures/v1 (answers given to the
# version 1 build still score exactly as they did then). CSV with version 1 is in cli_test.sh.
# Usage: cli_versions_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup and helpers: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# --- questions --questionnaire-version -------------------------------------------------------
run questions --questionnaire-version 1
check "questions --questionnaire-version 1: exit 0" test "$RC" -eq 0
check "questions --questionnaire-version 1: says it is version 1 of 2" \
  grep -q '^This is version 1 of the built-in questionnaire; the latest is version 2\.$' "$OUT"
check "questions --questionnaire-version 1: 15 statements" test "$(grep -cE '^[0-9]+\. ' "$OUT")" -eq 15

# --- questions --json --questionnaire-version ------------------------------------------------
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

# --- score --questionnaire-version ---------------------------------------------------------
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

# --- which values --questionnaire-version takes --------------------------------------------------
# --questionnaire-version: only the built-in questionnaire's versions, and never with a file
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
