#!/usr/bin/env python3
"""team_oracle.py TEAM_JSON QUESTIONNAIRE_JSON CSV: `crossroads team --json` (TEAM_JSON) says what a
plain reckoning of CSV says: an id column, then every statement in order, every row valid. Two-pass
sums from the statistics module, no code shared with the engine. Used by cli_team_test.sh."""
import csv, json, math, statistics as st, sys
def no_nan(x):
    raise AssertionError("not JSON: " + x)
t = json.loads(open(sys.argv[1], encoding="utf-8").read(), parse_constant=no_nan)
q = json.load(open(sys.argv[2], encoding="utf-8"))
lo, hi = q["scale"]["min"], q["scale"]["max"]
rows = list(csv.reader(open(sys.argv[3], encoding="utf-8", newline="")))[1:]
X = [[lo + hi - int(a) if s.get("reverse") else int(a) for a, s in zip(r[1:], q["items"])]
     for r in rows]
n = len(X)
close = lambda a, b: (a is None and b is None) or (None not in (a, b) and abs(a - b) < 1e-9)
def col(i): return [x[i] for x in X]
def sd(v): return st.stdev(v) if n >= 2 else None
def alpha(items):
    tot = [sum(x[i] for i in items) for x in X]
    if n < 2 or st.variance(tot) == 0: return None
    k = len(items)
    return k / (k - 1) * (1 - sum(st.variance(col(i)) for i in items) / st.variance(tot))
def corr(a, b):
    if n < 2 or st.pstdev(a) == 0 or st.pstdev(b) == 0: return None
    ma, mb = st.mean(a), st.mean(b)
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / math.sqrt(
        sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))
def reading(a):
    if n < 10: return "too_few"
    if a is None: return "undefined"
    return "good" if a >= 0.8 else "acceptable" if a >= 0.7 else "loose"
def check_scale(R, items):
    a = alpha(items)
    assert set(R) - {"id"} == {"alpha", "ci", "n", "k", "reading", "total_sd", "items"}, R.keys()
    assert close(R["total_sd"], sd([sum(x[j] for j in items) for x in X])), R["total_sd"]
    assert close(R["alpha"], a), (R["alpha"], a)
    assert R["n"] == n and R["k"] == len(items) and R["reading"] == reading(a), R
    assert (R["ci"] is None) == (a is None) and (a is None or R["ci"][0] < a < R["ci"][1]), R["ci"]
    assert [s["number"] for s in R["items"]] == [i + 1 for i in items]
    for i, s in zip(items, R["items"]):
        rest = [j for j in items if j != i]
        assert set(s) == {"number", "item_total", "alpha_if_deleted", "mean", "sd", "counts"}, s
        assert close(s["item_total"], corr(col(i), [sum(x[j] for j in rest) for x in X])), s
        assert close(s["alpha_if_deleted"], alpha(rest) if len(rest) >= 2 else None), s
        assert close(s["mean"], st.mean(col(i))) and close(s["sd"], sd(col(i))), s
        assert s["counts"] == [col(i).count(v) for v in range(lo, hi + 1)], s
assert set(t) == {"questionnaire", "n", "excluded", "min_group", "suppressed", "reliability",
                  "sem", "band_uncertain", "bands"}, t.keys()
assert t["questionnaire"] == {"id": q["id"], "version": q["version"]}, t["questionnaire"]
assert t["n"] == n and t["suppressed"] == (n < t["min_group"]), t
if t["suppressed"]:
    assert [t[k] for k in ("reliability", "sem", "band_uncertain", "bands")] == [None] * 4, t
    sys.exit(0)
check_scale(t["reliability"]["total"], list(range(len(q["items"]))))
themes = [(th["id"], [i for i, s in enumerate(q["items"]) if s["theme"] == th["id"]])
          for th in q["themes"]]
themes = [(i, items) for i, items in themes if len(items) >= 2]
assert [r["id"] for r in t["reliability"]["themes"]] == [i for i, _ in themes]
for R, (_, items) in zip(t["reliability"]["themes"], themes):
    check_scale(R, items)
tot = [sum(x) for x in X]
a = alpha(list(range(len(q["items"]))))
# A negative alpha counts as 0 for the SEM (docs/team-insight.md): the SEM is at most the SD.
sem = None if a is None else st.stdev(tot) * math.sqrt(1 - min(1, max(0, a)))
assert close(t["sem"], sem), (t["sem"], sem)
bands = q["bands"]
edges = [(b["max"] + c["min"]) / 2 for b, c in zip(bands, bands[1:])]
unsure = None if sem is None else sum(any(abs(s - e) <= 1.96 * sem for e in edges) for s in tot)
assert t["band_uncertain"] == unsure, (t["band_uncertain"], unsure)
assert t["bands"] == {b["id"]: sum(b["min"] <= s <= b["max"] for s in tot) for b in bands}
