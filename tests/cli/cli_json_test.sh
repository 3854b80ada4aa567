#!/usr/bin/env bash
# JSON that never crashes the engine, on the crossroads command line: every questionnaire file
# (validate FILE, --questionnaire FILE for questions and score, and both from stdin as "-") goes
# through the engine's strict reader (assessment/src/strict_json.cpp). A million nested '[' or
# objects is refused in one line (it was a segfault, exit 139), as are duplicate keys (naming the
# key and its object), a NUL byte or text after the document, lone surrogates, bytes that are not
# UTF-8; a leading BOM, "$schema" and whole numbers written 1.0 or 1e0 are accepted. The CLI reads
# no other JSON: answers come as arguments or CSV (cli_test.sh), so only questionnaires are here.
# Usage: cli_json_test.sh PATH/TO/crossroads REPO_SOURCE_DIR (shared setup and helpers: lib.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DEPTH='lists and objects nested more than 64 levels deep'
HINT_DUP='each key may appear once, since editors would keep only the last'
HINT_SURROGATE='a \uD800-\uDBFF escape followed by a \uDC00-\uDFFF escape makes one character'
NUL='a NUL (zero) byte, which JSON text cannot contain'
AFTER='more text after the end of the JSON value'
NOT_UTF8='bytes that are not UTF-8 in a text'
BAND_BOUND='must lie between -200000 and 200000 (200 statements at a scale end of 1000)'
# the line after the built-in questionnaire's last line (it ends with a newline)
AFTER_END=$(($(lines "$CONTENT") + 1))

# The files under test, all written by one python3 run (each start costs a fifth of a second on a
# busy machine). Each VARIANTS entry is the built-in questionnaire with one change written as given
# (not as JSON would write it): NAME set PATH RAW makes RAW the value at PATH (items.0.prompt);
# NAME add PATH RAW adds RAW as one more member at the end of the object at PATH ("" for the root).
# RAW may hold bytes that are not UTF-8. `variant NAME` sets FILE to $TMP/NAME.json and LINE to the
# line RAW starts on. The prompt of items[0] is written `      "prompt": "before ...`, 24 characters
# before the text's own characters.
VARIANTS=(
  dup-top add "" '"format": 1'
  dup-top-other add "" '"title": "Another title"'
  dup-item add items.2 '"id": "impact-3b"'
  dup-band-advice add bands.1 '"advice": []'
  dup-scale add scale '"max": 10'
  dup-pole add poles.low '"label": "People"'
  nul-in-prompt set items.0.prompt $'"before \x01 after"'  # its \x01 becomes a NUL byte below
  lone-high set items.0.prompt '"before \ud800 after"'
  lone-low set items.0.prompt '"before \udc00 after"'
  reversed-pair set items.0.prompt '"before \udc00\ud800 after"'
  lone-low-key add "" '"\udc00": 1'
  pair set items.0.prompt '"before \ud83d\ude00 after"'
  not-utf8 set items.0.prompt $'"before \xff after"'
  encoded-surrogate set items.0.prompt $'"before \xed\xa0\x80 after"'
  control-char set items.0.prompt $'"before \x01 after"'
  schema add "" "\"\$schema\": \"https://example.org/s.json\""
  schema-number add "" "\"\$schema\": 5"
  version-1.0 set version 1.0
  version-1e0 set version 1e0
  version-1E0 set version 1E0
  version-10e-1 set version 10e-1
  version-2.000 set version 2.000
  version-2147483647 set version 2147483647
  format-1.0 set format 1.0
  format-1e0 set format 1e0
  scale-decimals set scale '{"min": 0.0, "max": 1e1}'
  band-min-decimal set bands.0.min 0.0
  band-max-exponent set bands.2.max 1.5e2
  version-half set version 1.5
  version-big set version 2147483648
  version-huge set version 1e300
  version-zero set version 0.0
  format-half set format 1.5
  band-min-low set bands.0.min -200001
  band-max-high set bands.2.max 200001
  band-max-huge set bands.2.max 1e300
  band-max-bound set bands.2.max 200000
)
declare -A LINE_OF
while read -r name line; do LINE_OF[$name]=$line; done < <("$PY" - "$CONTENT" "$TMP" "${VARIANTS[@]}" <<'EOF'
import json, sys
src, out, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
# a million nested lists and objects, closed and not; the 64-level limit's two sides
n = 1000000
open(out + "/deep-lists.json", "w").write("[" * n + "]" * n)
open(out + "/deep-objects.json", "w").write('{"a":' * n + "1" + "}" * n)
open(out + "/deep-open.json", "w").write("[" * n)
open(out + "/depth-64.json", "w").write("[" * 64 + "]" * 64)
open(out + "/depth-65.json", "w").write("[" * 65 + "]" * 65)
open(out + "/depth-64-in-questionnaire.json", "w").write(
    '{"format": 1, "x": ' + "[" * 63 + "]" * 63 + "}")
placeholder = "@@written-as-given@@"
for i in range(0, len(specs), 4):
    name, mode, path, raw = specs[i:i + 4]
    q = json.load(open(src, encoding="utf-8"))
    target, steps = q, [s for s in path.split(".") if s]
    for step in steps[:-1] if mode == "set" else steps:
        target = target[int(step) if isinstance(target, list) else step]
    if mode == "set":
        last = steps[-1]
        target[int(last) if isinstance(target, list) else last] = placeholder
        token = json.dumps(placeholder)
    else:
        target[placeholder] = 0
        token = json.dumps(placeholder) + ": 0"
    text = json.dumps(q, ensure_ascii=False, indent=2) + "\n"
    assert text.count(token) == 1, token
    line = text.count("\n", 0, text.index(token)) + 1
    data = text.replace(token, raw).encode("utf-8", "surrogateescape")
    open("%s/%s.json" % (out, name), "wb").write(data)
    print(name, line)
EOF
)
check "every variant is written" test "${#LINE_OF[@]}" -eq $((${#VARIANTS[@]} / 4))
variant() {
  FILE=$TMP/$1.json
  LINE=${LINE_OF[$1]:-0}
}

# expect_valid DESCRIPTION FILE: validate FILE exits 0 and says it is valid, nothing on stderr
expect_valid() {
  run validate "$2"
  if [ "$RC" -eq 0 ] && [ ! -s "$ERR" ] &&
    grep -qxF "$2: valid (15 statements, 5 themes, 3 bands, totals 0 to 150)" "$OUT"; then
    pass
  else
    fail "$1: expected validate to exit 0 and say valid (got exit $RC)"
  fi
}

# expect_problem DESCRIPTION FILE MESSAGE: validate FILE exits 2 and lists exactly one problem,
# "FILE: MESSAGE", with "crossroads: FILE has 1 problem" on stderr
expect_problem() {
  run validate "$2"
  if [ "$RC" -eq 2 ] && [ "$(lines "$OUT")" -eq 1 ] && grep -qxF "$2: $3" "$OUT" &&
    [ "$(lines "$ERR")" -eq 1 ] && grep -qxF "crossroads: $2 has 1 problem" "$ERR"; then
    pass
  else
    fail "$1: expected exit 2 and the one problem '$3' (got exit $RC)"
  fi
}

# expect_refused DESCRIPTION FILE MESSAGE: score (answers, --json, --csv) and questions (text,
# --json) with --questionnaire FILE: exit 2, nothing on stdout, the one stderr line naming MESSAGE
expect_refused() {
  local what=$1 file=$2 message=$3 args a
  local line="crossroads: questionnaire '$file' is not valid: $message (crossroads validate lists every problem)"
  for args in "score --questionnaire FILE ANSWERS" "score --questionnaire FILE ANSWERS --json" \
    "score --questionnaire FILE --csv CSV" "questions --questionnaire FILE" \
    "questions --json --questionnaire FILE"; do
    local argv=()
    for a in $args; do
      case $a in
        FILE) argv+=("$file") ;;
        ANSWERS) argv+=("${FIFTEEN[@]}") ;;
        CSV) argv+=("$CSV") ;;
        *) argv+=("$a") ;;
      esac
    done
    expect_bad "$what: $args" "${argv[@]}"
    check "$what: $args: the line names '$message'" grep -qxF "$line" "$ERR"
  done
}

CSV=$TMP/answers.csv
{
  echo "id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15"
  echo "alice,1,2,3,4,5,6,7,8,9,10,0,1,2,3,4"
} >"$CSV"
# the built-in questionnaire as a file is valid and scores the CSV: the refusals below are the
# changed files'
expect_valid "the built-in questionnaire file" "$CONTENT"
run score --questionnaire "$CONTENT" --csv "$CSV"
check "the built-in questionnaire file scores the CSV (exit 0)" test "$RC" -eq 0

# --- a million nested '[' or objects: one line, never a crash --------------------------------------
# the 65th '[' is column 65; the 65th '{"a":' starts at column 64 * 5 + 1
expect_problem "1,000,000 nested '['" "$TMP/deep-lists.json" "$DEPTH (line 1, column 65)"
expect_problem "1,000,000 nested '{\"a\":'" "$TMP/deep-objects.json" "$DEPTH (line 1, column 321)"
expect_problem "1,000,000 '[' never closed" "$TMP/deep-open.json" "$DEPTH (line 1, column 65)"
expect_refused "1,000,000 nested '['" "$TMP/deep-lists.json" "$DEPTH (line 1, column 65)"
expect_refused "1,000,000 nested '{\"a\":'" "$TMP/deep-objects.json" "$DEPTH (line 1, column 321)"
# from stdin ("-"), as a pipe would give it
run_in "$TMP/deep-lists.json" validate -
check "validate - (1,000,000 nested '['): exit 2" test "$RC" -eq 2
check "validate - (1,000,000 nested '['): the one problem" \
  test "$(cat "$OUT")" = "-: $DEPTH (line 1, column 65)"
run_in "$TMP/deep-objects.json" score --questionnaire - "${FIFTEEN[@]}"
check "score --questionnaire - (1,000,000 nested objects): exit 2" test "$RC" -eq 2
check "score --questionnaire - (1,000,000 nested objects): nothing on stdout" test ! -s "$OUT"
check "score --questionnaire - (1,000,000 nested objects): one stderr line" \
  test "$(lines "$ERR")" -eq 1
check "score --questionnaire - (1,000,000 nested objects): names the limit" grep -qF "$DEPTH" "$ERR"
# the limit is 64 levels: 64 are read (and then refused for what they hold), 65 are not
expect_problem "64 nested '[' are read" "$TMP/depth-64.json" "a questionnaire must be a JSON object"
expect_problem "65 nested '['" "$TMP/depth-65.json" "$DEPTH (line 1, column 65)"
run validate "$TMP/depth-64-in-questionnaire.json"
check "64 levels inside a questionnaire: exit 2" test "$RC" -eq 2
check "64 levels inside a questionnaire: refused for its fields, not its depth" \
  test "$(grep -cF "$DEPTH" "$OUT")" -eq 0

# --- duplicate keys: named, with the object that holds them -----------------------------------------
# the column is the one after the repeated key's closing quote
variant dup-top
expect_problem "\"format\" twice at the root" "$FILE" \
  "duplicate key \"format\" in the top-level object (line $LINE, column 11): $HINT_DUP"
expect_refused "\"format\" twice at the root" "$FILE" \
  "duplicate key \"format\" in the top-level object (line $LINE, column 11): $HINT_DUP"
variant dup-top-other
expect_problem "\"title\" twice, with different texts" "$FILE" \
  "duplicate key \"title\" in the top-level object (line $LINE, column 10): $HINT_DUP"
variant dup-item
expect_problem "\"id\" twice in items[2]" "$FILE" \
  "duplicate key \"id\" in the object at items[2] (line $LINE, column 11): $HINT_DUP"
expect_refused "\"id\" twice in items[2]" "$FILE" \
  "duplicate key \"id\" in the object at items[2] (line $LINE, column 11): $HINT_DUP"
variant dup-band-advice
expect_problem "\"advice\" twice in bands[1]" "$FILE" \
  "duplicate key \"advice\" in the object at bands[1] (line $LINE, column 15): $HINT_DUP"
variant dup-scale
expect_problem "\"max\" twice in scale" "$FILE" \
  "duplicate key \"max\" in the object at scale (line $LINE, column 10): $HINT_DUP"
variant dup-pole
expect_problem "\"label\" twice in poles.low" "$FILE" \
  "duplicate key \"label\" in the object at poles.low (line $LINE, column 14): $HINT_DUP"

# --- a NUL byte, anywhere, and text after the document ---------------------------------------------
{ cat "$CONTENT"; printf '\0garbage'; } >"$TMP/nul-after.json"
expect_problem "NUL and garbage after the document" "$TMP/nul-after.json" \
  "$NUL (line $AFTER_END, column 1)"
expect_refused "NUL and garbage after the document" "$TMP/nul-after.json" \
  "$NUL (line $AFTER_END, column 1)"
{ cat "$CONTENT"; printf '\0'; } >"$TMP/nul-end.json"
expect_problem "one NUL byte after the document" "$TMP/nul-end.json" "$NUL (line $AFTER_END, column 1)"
variant nul-in-prompt
tr '\001' '\000' <"$FILE" >"$TMP/nul-in-prompt-0.json"
expect_problem "a NUL byte inside a prompt" "$TMP/nul-in-prompt-0.json" "$NUL (line $LINE, column 25)"
run_in "$TMP/nul-after.json" validate -
check "validate - (NUL after the document): exit 2" test "$RC" -eq 2
check "validate - (NUL after the document): the one problem" \
  test "$(cat "$OUT")" = "-: $NUL (line $AFTER_END, column 1)"
{ cat "$CONTENT"; printf 'garbage'; } >"$TMP/garbage.json"
expect_problem "garbage text after the document" "$TMP/garbage.json" \
  "$AFTER (line $AFTER_END, column 1)"
expect_refused "garbage text after the document" "$TMP/garbage.json" \
  "$AFTER (line $AFTER_END, column 1)"
{ cat "$CONTENT"; printf '{}'; } >"$TMP/two-documents.json"
expect_problem "a second JSON value after the document" "$TMP/two-documents.json" \
  "$AFTER (line $AFTER_END, column 1)"
{ cat "$CONTENT"; printf '\n \t\r\n'; } >"$TMP/trailing-space.json"
expect_valid "white space after the document" "$TMP/trailing-space.json"

# --- lone surrogates and bytes that are not UTF-8 -----------------------------------------------------
# The reader stops at a \uD800 escape whose pair is missing, and at the end of a text holding a
# lone \uDC00 (known only once the text is read).
variant lone-high
expect_problem "a lone \\ud800 in a prompt" "$FILE" \
  "a lone surrogate escape (\\uD800 to \\uDBFF) in a text or key (line $LINE, column 25): $HINT_SURROGATE"
expect_refused "a lone \\ud800 in a prompt" "$FILE" \
  "a lone surrogate escape (\\uD800 to \\uDBFF) in a text or key (line $LINE, column 25): $HINT_SURROGATE"
variant lone-low
expect_problem "a lone \\udc00 in a prompt" "$FILE" \
  "a lone surrogate escape (\\uDC00 to \\uDFFF) in a text or key (line $LINE, column 38): $HINT_SURROGATE"
expect_refused "a lone \\udc00 in a prompt" "$FILE" \
  "a lone surrogate escape (\\uDC00 to \\uDFFF) in a text or key (line $LINE, column 38): $HINT_SURROGATE"
variant reversed-pair
run validate "$FILE"
check "\\udc00 then \\ud800 in a prompt: exit 2" test "$RC" -eq 2
check "\\udc00 then \\ud800 in a prompt: a lone surrogate, at its line" \
  grep -qE "^$FILE: a lone surrogate escape .* \\(line $LINE, column [0-9]+\\): " "$OUT"
variant lone-low-key
run validate "$FILE"
check "a lone \\udc00 in a key: exit 2" test "$RC" -eq 2
check "a lone \\udc00 in a key: a lone surrogate, at its line" \
  grep -qE "^$FILE: a lone surrogate escape .* \\(line $LINE, column [0-9]+\\): " "$OUT"
variant pair
expect_valid "a surrogate pair (an emoji) in a prompt" "$FILE"
variant not-utf8
expect_problem "a 0xFF byte in a prompt" "$FILE" \
  "$NOT_UTF8 (line $LINE, column 25): save the file as UTF-8"
variant encoded-surrogate
expect_problem "a surrogate written as UTF-8 bytes (ED A0 80) in a prompt" "$FILE" \
  "$NOT_UTF8 (line $LINE, column 25): save the file as UTF-8"
# A raw control character in a text is named as one, at its place, with how to write it.
variant control-char
expect_problem "a raw control character in a prompt" "$FILE" \
  "a control character (such as a tab or a line break) inside a text (line $LINE, column 25): write it as an escape, such as \\t or \\n"

# --- a leading BOM and "$schema" ------------------------------------------------------------------
{ printf '\xef\xbb\xbf'; cat "$CONTENT"; } >"$TMP/bom.json"
expect_valid "a leading UTF-8 BOM" "$TMP/bom.json"
run score --questionnaire "$TMP/bom.json" "${FIFTEEN[@]}" --json
check "a leading UTF-8 BOM: scores (exit 0)" test "$RC" -eq 0
check "a leading UTF-8 BOM: the same total as built in, 57" "$PY" -c '
import json, sys
assert json.load(open(sys.argv[1]))["total"] == 57
' "$OUT"
run_in "$TMP/bom.json" validate -
check "a leading UTF-8 BOM from stdin: exit 0" test "$RC" -eq 0
{ printf '\xef\xbb\xbf\xef\xbb\xbf'; cat "$CONTENT"; } >"$TMP/two-boms.json"
run validate "$TMP/two-boms.json"
check "two BOMs: exit 2" test "$RC" -eq 2
check "two BOMs: only the first is skipped, the second is not valid JSON" \
  grep -qF "$TMP/two-boms.json: not valid JSON: " "$OUT"
variant schema
expect_valid "\"\$schema\" at the root" "$FILE"
run score --questionnaire "$FILE" "${FIFTEEN[@]}"
check "\"\$schema\" at the root: scores (exit 0)" test "$RC" -eq 0
check "\"\$schema\" at the root: the same total as built in" grep -qx 'Total: 57 / 150' "$OUT"
variant schema-number
expect_problem "\"\$schema\" that is not a text" "$FILE" "\$schema: must be a text (a JSON string)"

# --- whole numbers, however they are written; their bounds ---------------------------------------------
for written in 1.0 1e0 1E0 10e-1 2.000 2147483647; do
  variant "version-$written"
  expect_valid "\"version\": $written" "$FILE"
done
for written in 1.0 1e0; do
  variant "format-$written"
  expect_valid "\"format\": $written" "$FILE"
done
variant scale-decimals
expect_valid "\"scale\": {\"min\": 0.0, \"max\": 1e1}" "$FILE"
run score --questionnaire "$FILE" "${FIFTEEN[@]}"
check "\"scale\": {\"min\": 0.0, \"max\": 1e1}: the same total as built in" \
  grep -qx 'Total: 57 / 150' "$OUT"
variant band-min-decimal
expect_valid "bands[0].min: 0.0" "$FILE"
variant band-max-exponent
expect_valid "bands[2].max: 1.5e2" "$FILE"
variant version-half
expect_problem "\"version\": 1.5" "$FILE" "version: must be a whole number"
variant version-big
expect_problem "\"version\": 2147483648" "$FILE" "version: must be at most 2147483647"
expect_refused "\"version\": 2147483648" "$FILE" "version: must be at most 2147483647"
variant version-huge
expect_problem "\"version\": 1e300" "$FILE" "version: must be at most 2147483647"
variant version-zero
expect_problem "\"version\": 0.0" "$FILE" "version: must be 1 or more"
variant format-half
expect_problem "\"format\": 1.5" "$FILE" "format: must be a whole number"
variant band-min-low
expect_problem "bands[0].min: -200001" "$FILE" "bands[0].min: $BAND_BOUND"
variant band-max-high
expect_problem "bands[2].max: 200001" "$FILE" "bands[2].max: $BAND_BOUND"
variant band-max-huge
expect_problem "bands[2].max: 1e300" "$FILE" "bands[2].max: $BAND_BOUND"
# within the bound, a band edge is held to the questionnaire's own totals
variant band-max-bound
expect_problem "bands[2].max: 200000" "$FILE" \
  "bands[2].max: must be the highest possible total 150 (15 statements x 10), found 200000"
