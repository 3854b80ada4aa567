# Shared setup for the crossroads command-line tests (cli_test.sh, cli_text_test.sh,
# cli_versions_test.sh, cli_json_test.sh): sourced by each of them, never run on its own.
# Each script is run as: SCRIPT PATH/TO/crossroads REPO_SOURCE_DIR
# It gives: the argument check, $BIN, $SRC, $PY, the $TMP directory (removed on exit), the
# pass/fail/check helpers, run/run_in/lines/expect_bad, the answer sets, $CONTENT, $LATEST and
# check_result (text output agrees with --json, via the embedded check_text.py), and say (the
# command line's sentence in a language, from cli/strings/). On exit it prints
# "cli: N passed, N failed" and exits non-zero if any check failed.
# shellcheck shell=bash disable=SC2034  # its variables are used by the scripts that source it
if ! (return 0 2>/dev/null); then
  echo "lib.sh is sourced by the cli test scripts, not run on its own" >&2
  exit 2
fi
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

# The questionnaire's texts follow the environment's language (LC_ALL, LC_MESSAGES, LANG): these
# tests read English, whatever the machine they run on prefers. cli_lang_test.sh sets its own.
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8

passed=0
failed=0

TMP=$(mktemp -d)
OUT=$TMP/stdout
ERR=$TMP/stderr
# On exit: remove $TMP and print the summary; any failed check makes the exit code non-zero.
finish() {
  local rc=$?
  rm -rf "$TMP"
  echo "cli: $passed passed, $failed failed"
  if [ "$failed" -ne 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi
  exit "$rc"
}
trap finish EXIT

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

# the latest version of the built-in questionnaire, as `questions --json` reports it
LATEST=$("$BIN" questions --json | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["version"])')

# say LANG KEY [VALUE...]: the command line's sentence KEY in LANG, read from cli/strings/LANG.json
# (en-XA made from en.json by the build's tool), its {N} filled with the values. For plural forms
# the first value is the count, and its form is the one Intl picks (tests/fixtures/
# plural_categories.json), not the one the binary's own rules pick.
SAY=$TMP/say.py
cat >"$SAY" <<'EOF'
import json, os, re, subprocess, sys

def sentence(src, tmp, lang, key, values):
    path = os.path.join(src, "cli/strings", lang + ".json")
    if lang == "en-XA":
        path = os.path.join(tmp, "cli-en-XA.json")
        if not os.path.exists(path):
            subprocess.run(["node", os.path.join(src, "tools/make_pseudo_locale.js"), "strings",
                            os.path.join(src, "cli/strings/en.json"), path], check=True)
    text = json.load(open(path, encoding="utf-8"))["cli"][key]
    if isinstance(text, dict):
        table = json.load(open(os.path.join(src, "tests/fixtures/plural_categories.json"), encoding="utf-8"))
        rules = table["categories"]["en" if lang == "en-XA" else lang]
        text = text.get(rules[table["numbers"].index(int(values[0]))], text["other"])
    slot = lambda m: str(values[int(m.group(1))]) if int(m.group(1)) < len(values) else m.group(0)
    return re.sub(r"\{(\d)\}", slot, text)

if __name__ == "__main__":
    sys.stdout.write(sentence(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]))
EOF
say() { "$PY" "$SAY" "$SRC" "$TMP" "$@"; }

# run_env VAR=VALUE... -- ARGS...: runs the binary with only those locale variables set
run_env() {
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  env -u LC_ALL -u LC_MESSAGES -u LANG "${vars[@]}" "$BIN" "$@" </dev/null >"$OUT" 2>"$ERR"
  RC=$?
}
# field FILE EXPRESSION: prints the Python expression's value for the JSON object j in FILE
field() { "$PY" -c 'import json, sys; j = json.load(open(sys.argv[1], encoding="utf-8")); print('"$2"')' "$1"; }
