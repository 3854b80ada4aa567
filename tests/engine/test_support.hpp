#pragma once
// Helpers shared by the engine tests: small custom questionnaires built from a few knobs, JSON
// mutation for validation tests, and quick ways to make answer vectors.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "crossroads/answers.hpp"
#include "crossroads/questionnaire.hpp"
#include "crossroads/score.hpp"

namespace test {

using namespace crossroads;

// The knobs of a small custom questionnaire. Items are spread over the themes in consecutive
// blocks (like the built-in one: items 1-3 theme 1, 4-6 theme 2, ...).
struct Spec {
  std::string id = "custom";
  int version = 1;
  int min = 0;
  int max = 10;
  int items = 15;
  int themes = 5;
  // Inclusive (min, max) totals, ascending. Empty: one band per third of the totals.
  std::vector<std::pair<int, int>> bands;
  std::set<int> reverse;  // statement numbers (from 1) that are reverse-keyed
  bool texts = true;      // include shapes and quality texts
};

// A file of the source tree (fixtures, examples), read whole.
inline std::string source_file(const std::string& path) {
  std::FILE* f = std::fopen((CROSSROADS_SOURCE_DIR "/" + path).c_str(), "rb");
  if (f == nullptr) FAIL("cannot read " << path);
  std::string text;
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  return text;
}

inline std::string escape(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// Three bands that tile [lo, hi]: low third, middle third, high third.
inline std::vector<std::pair<int, int>> thirds(int lo, int hi) {
  const int span = hi - lo + 1;
  const int a = lo + span / 3 - 1;
  const int b = lo + 2 * span / 3 - 1;
  return {{lo, a}, {a + 1, b}, {b + 1, hi}};
}

inline std::string questionnaire_json(const Spec& s) {
  std::ostringstream o;
  o << R"({"format":1,"id":")" << escape(s.id) << R"(","version":)" << s.version
    << R"(,"title":"Custom","intro":"A test questionnaire.",)"
    << R"("scale":{"min":)" << s.min << R"(,"max":)" << s.max << "},"
    << R"("poles":{"low":{"id":"management","label":"Management"},"high":{"id":"mastery","label":"Mastery"}},)";
  o << R"("themes":[)";
  for (int t = 0; t < s.themes; ++t) {
    o << (t ? "," : "") << R"({"id":"t)" << (t + 1) << R"(","title":"Theme )" << (t + 1)
      << R"(","description":"Theme )" << (t + 1) << R"( description."})";
  }
  o << R"(],"items":[)";
  for (int i = 0; i < s.items; ++i) {
    const int theme = s.themes > 0 ? i * s.themes / s.items + 1 : 1;
    o << (i ? "," : "") << R"({"id":"i)" << (i + 1) << R"(","theme":"t)" << theme
      << R"(","prompt":"Statement )" << (i + 1) << R"(?","short":"S)" << (i + 1)
      << R"(","low":"Low end","high":"High end")";
    if (s.reverse.count(i + 1) != 0) o << R"(,"reverse":true)";
    o << "}";
  }
  const auto bands = s.bands.empty() ? thirds(s.items * s.min, s.items * s.max) : s.bands;
  o << R"(],"bands":[)";
  for (std::size_t b = 0; b < bands.size(); ++b) {
    o << (b ? "," : "") << R"({"id":"b)" << (b + 1) << R"(","min":)" << bands[b].first
      << R"(,"max":)" << bands[b].second << R"(,"title":"Band )" << (b + 1)
      << R"(","summary":"Summary.","explanation":"Explanation.","advice":["Advice."],)"
      << R"("next_steps":["Step."],"questions":["Question?"]})";
  }
  o << "]";
  if (s.texts) {
    o << R"(,"shapes":{"split":{"title":"Split","explanation":"E."},)"
      << R"("centred":{"title":"Centred","explanation":"E."},)"
      << R"("consistent":{"title":"Consistent","explanation":"E."}},)"
      << R"("quality":{"straight_line":"S.","mostly_middle":"M.","fast":"F."})";
  }
  o << "}";
  return o.str();
}

inline std::string describe(const Problems& problems) {
  std::string out;
  for (const auto& p : problems) out += "  [" + p.path + "] " + p.message + "\n";
  return out;
}

// Loads a questionnaire that must be valid (the test fails with the problems otherwise).
inline Questionnaire load(const std::string& json) {
  auto loaded = load_questionnaire(json);
  if (!loaded) FAIL("questionnaire did not load:\n" << describe(loaded.error()));
  return loaded.value();
}

inline Questionnaire load(const Spec& s) {
  return load(questionnaire_json(s));
}

// The built-in questionnaire as people answer it today: its latest version.
inline const Questionnaire& builtin() {
  static const Questionnaire q = load(std::string(builtin_questionnaire_json()));
  return q;
}

// One published version of the built-in questionnaire. Published versions never change (links,
// files and history made with one are scored by it), so a test whose expectations are worked out
// by hand for one version names that version and keeps passing when a newer one is added.
// Version 1 has no reversed statements (answers are the scored values); version 2 reverses
// statements 2, 3, 5, 7, 9, 10 and 14.
inline const Questionnaire& builtin(int version) {
  static const std::vector<Questionnaire> all = [] {
    std::vector<Questionnaire> out;
    for (int v = 1; v <= builtin_latest_version(); ++v) {
      const auto json = builtin_questionnaire_json(v);
      if (!json) FAIL("no embedded text for built-in version " << v);
      out.push_back(load(std::string(*json)));
    }
    return out;
  }();
  if (version < 1 || version > static_cast<int>(all.size()))
    FAIL("no built-in version " << version);
  return all[static_cast<std::size_t>(version - 1)];
}

inline std::string to_string(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  v.Accept(w);
  return {buffer.GetString(), buffer.GetSize()};
}

// Parses json, lets edit change the document, and writes it back.
inline std::string mutate(
    const std::string& json,
    const std::function<void(rapidjson::Document&, rapidjson::Document::AllocatorType&)>& edit) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  edit(doc, doc.GetAllocator());
  return to_string(doc);
}

inline std::string builtin_mutated(
    const std::function<void(rapidjson::Document&, rapidjson::Document::AllocatorType&)>& edit) {
  return mutate(std::string(builtin_questionnaire_json()), edit);
}

// Problems of a questionnaire that must fail to load.
inline Problems problems_of(const std::string& json) {
  auto loaded = load_questionnaire(json);
  if (loaded) FAIL("questionnaire loaded but should have been refused");
  return loaded.error();
}

inline bool has_problem(const Problems& problems, const std::string& path,
                        const std::string& part = "") {
  for (const auto& p : problems) {
    if (p.path == path && p.message.find(part) != std::string::npos) return true;
  }
  return false;
}

inline std::vector<RawAnswer> raw(const std::vector<int>& answers) {
  std::vector<RawAnswer> out;
  for (const int a : answers) out.push_back(RawAnswer::of(a));
  return out;
}

inline std::vector<RawAnswer> tokens(const std::vector<std::string>& answers) {
  std::vector<RawAnswer> out;
  for (const auto& a : answers) out.push_back(RawAnswer::from_token(a));
  return out;
}

// n answers on min..max whose sum is total, filled from the first statement.
inline std::vector<int> summing_to(int total, int n = 15, int min = 0, int max = 10) {
  std::vector<int> out(static_cast<std::size_t>(n), min);
  int left = total - n * min;
  for (auto& a : out) {
    const int add = std::min(left, max - min);
    a += add;
    left -= add;
  }
  REQUIRE(left == 0);
  return out;
}

inline int sum(const std::vector<int>& v) {
  return std::accumulate(v.begin(), v.end(), 0);
}

// The scored value of each answer, written out from the reverse flags (min + max - answer on a
// reversed statement) without going through score(), so tests can check score() against it.
inline std::vector<int> scored(const Questionnaire& q, const std::vector<int>& answers) {
  REQUIRE(answers.size() == q.items.size());
  std::vector<int> out;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    out.push_back(q.items[i].reverse ? q.scale_min + q.scale_max - answers[i] : answers[i]);
  }
  return out;
}

// The answers a person gives to get these scored values: the value itself, or min + max - value
// on a reversed statement. Lets a test name the values (and so the total) it means, whatever the
// questionnaire reverses.
inline std::vector<int> answers_for(const Questionnaire& q, const std::vector<int>& values) {
  return scored(q, values);  // reversing is its own inverse
}

inline Result score_ok(const Questionnaire& q, const std::vector<int>& answers,
                       std::optional<double> seconds = std::nullopt) {
  auto r = score(q, raw(answers), seconds);
  if (!r) FAIL("answers refused: " << r.error().message);
  return r.value();
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// 1-5 scale, 10 statements in 2 themes, bands 10-24 / 25-35 / 36-50.
inline Questionnaire five_point() {
  Spec s;
  s.items = 10;
  s.themes = 2;
  s.min = 1;
  s.max = 5;
  s.bands = {{10, 24}, {25, 35}, {36, 50}};
  return load(s);
}

// --- Reading the engine's JSON back ----------------------------------------------------------
inline rapidjson::Document parse_object(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  INFO(json);
  REQUIRE_FALSE(d.HasParseError());
  REQUIRE(d.IsObject());
  return d;
}

inline std::vector<std::string> strings(const rapidjson::Value& list) {
  std::vector<std::string> out;
  for (const auto& v : list.GetArray()) out.emplace_back(v.GetString());
  return out;
}

inline std::string str(const rapidjson::Value& v) {
  return {v.GetString(), v.GetStringLength()};
}

}  // namespace test
