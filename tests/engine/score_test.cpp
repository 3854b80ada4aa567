// score / score_checked: totals, bands, theme subtotals, reverse-keyed items, and a property test
// over many random answer sets. The built-in's versions: score_versions_test.cpp.
#include <catch2/catch.hpp>
#include <random>

#include "test_support.hpp"

using namespace crossroads;

namespace {

const std::string& band_id(const Questionnaire& q, const Result& r) {
  return q.bands[r.band].id;
}

}  // namespace

TEST_CASE("band boundaries on the built-in questionnaire", "[score][bands]") {
  // Each total is built from scored values, answered as a person would (reversed statements
  // answered from the other end).
  const auto& q = test::builtin();
  struct Case {
    int total;
    const char* band;
  };
  for (const Case c :
       {Case{0, "management"}, Case{1, "management"}, Case{49, "management"}, Case{50, "both"},
        Case{51, "both"}, Case{75, "both"}, Case{99, "both"}, Case{100, "both"},
        Case{101, "mastery"}, Case{149, "mastery"}, Case{150, "mastery"}}) {
    CAPTURE(c.total);
    const auto values = test::summing_to(c.total);
    REQUIRE(test::sum(values) == c.total);
    const auto r = test::score_ok(q, test::answers_for(q, values));
    CHECK(r.values == values);
    CHECK(r.total == c.total);
    CHECK(band_id(q, r) == c.band);
  }
}

TEST_CASE("the same total scores the same band however it is made up", "[score][bands]") {
  const auto& q = test::builtin();
  // 49 as front-loaded, back-loaded and evenly spread answers
  std::vector<int> back = test::summing_to(49);
  std::reverse(back.begin(), back.end());
  const std::vector<int> even{4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
  REQUIRE(test::sum(even) == 46);
  std::vector<int> even49 = even;
  even49[0] += 3;
  for (const auto& values : {test::summing_to(49), back, even49}) {
    const auto r = test::score_ok(q, test::answers_for(q, values));
    CHECK(r.total == 49);
    CHECK(band_id(q, r) == "management");
  }
}

TEST_CASE("score keeps answers and values and computes theme subtotals", "[score][themes]") {
  const auto& q = test::builtin(2);
  //                             1  2  3  4  5  6  7  8  9  10 11  12 13 14 15
  const std::vector<int> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 10, 0, 5, 10};
  // version 2 reverses 2, 3, 5, 7, 9, 10 and 14
  const std::vector<int> values{1, 8, 7, 4, 5, 6, 3, 8, 1, 0, 0, 10, 0, 5, 10};
  const auto r = test::score_ok(q, a);
  CHECK(r.answers == a);
  CHECK(r.values == values);
  CHECK(r.total == 68);
  REQUIRE(r.themes.size() == 5);
  const std::vector<int> expected{16, 15, 12, 10, 15};
  for (std::size_t t = 0; t < 5; ++t) {
    CAPTURE(t);
    CHECK(r.themes[t].theme == t);
    CHECK(r.themes[t].score == expected[t]);
    CHECK(r.themes[t].min == 0);
    CHECK(r.themes[t].max == 30);
  }
}

TEST_CASE("theme subtotals follow the theme of each statement, not its position",
          "[score][themes]") {
  // 6 statements, 2 themes; themes assigned out of order by editing the JSON
  test::Spec s;
  s.items = 6;
  s.themes = 2;
  s.bands = {{0, 60}};
  const auto json = test::mutate(test::questionnaire_json(s), [](rapidjson::Document& d, auto& a) {
    const char* themes[] = {"t2", "t1", "t2", "t1", "t2", "t1"};
    for (rapidjson::SizeType i = 0; i < 6; ++i) d["items"][i]["theme"].SetString(themes[i], a);
  });
  const auto q = test::load(json);
  const auto r = test::score_ok(q, {1, 2, 3, 4, 5, 6});
  CHECK(r.themes[0].score == 2 + 4 + 6);
  CHECK(r.themes[1].score == 1 + 3 + 5);
  CHECK(r.themes[0].max == 30);
}

TEST_CASE("reverse-keyed items are scored as min + max - answer", "[score][reverse]") {
  SECTION("0-10 scale") {
    test::Spec s;
    s.reverse = {1, 15};
    const auto q = test::load(s);
    std::vector<int> a(15, 5);
    a[0] = 2;   // scored 8
    a[14] = 9;  // scored 1
    a[1] = 7;   // not reversed
    const auto r = test::score_ok(q, a);
    CHECK(r.answers == a);
    CHECK(r.values[0] == 8);
    CHECK(r.values[14] == 1);
    CHECK(r.values[1] == 7);
    CHECK(r.total == 8 + 1 + 7 + 12 * 5);
    CHECK(r.themes[0].score == 8 + 7 + 5);
    CHECK(r.themes[4].score == 5 + 5 + 1);
  }
  SECTION("1-5 scale") {
    test::Spec s;
    s.items = 4;
    s.themes = 2;
    s.min = 1;
    s.max = 5;
    s.bands = {{4, 11}, {12, 20}};
    s.reverse = {2, 3};
    const auto q = test::load(s);
    const auto r = test::score_ok(q, {1, 1, 5, 4});
    CHECK(r.values == std::vector<int>{1, 5, 1, 4});
    CHECK(r.total == 11);
    CHECK(q.bands[r.band].id == "b1");
    const auto all_low = test::score_ok(q, {1, 1, 1, 1});
    CHECK(all_low.total == 1 + 5 + 5 + 1);
    CHECK(q.bands[all_low.band].id == "b2");
  }
  SECTION("all items reversed mirror the total") {
    test::Spec s;
    for (int i = 1; i <= 15; ++i) s.reverse.insert(i);
    const auto q = test::load(s);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> d(0, 10);
    for (int k = 0; k < 200; ++k) {
      std::vector<int> a(15);
      for (auto& x : a) x = d(rng);
      CHECK(test::score_ok(q, a).total == 150 - test::sum(a));
    }
  }
}

TEST_CASE("score refuses bad answers and passes the time through", "[score]") {
  const auto& q = test::builtin();
  const auto bad = score(q, test::tokens({"5", "5", "x"}));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::answer_count);
  const auto fast = score(q, test::raw(test::summing_to(60)), 12.0);
  REQUIRE(fast.ok());
  CHECK(std::find(fast.value().quality.begin(), fast.value().quality.end(), Quality::fast) !=
        fast.value().quality.end());
}

TEST_CASE("property: random answer sets give consistent results", "[score][property]") {
  const auto& q = test::builtin();
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<int> any(0, 10);
  std::uniform_int_distribution<int> style(0, 3);
  std::size_t seen[3] = {0, 0, 0};
  for (int n = 0; n < 20000; ++n) {
    std::vector<int> v(15);
    // a mix of uniform values and values biased toward one pole, so every band is well covered;
    // a person gives them by answering reversed statements from the other end
    const int s = style(rng);
    for (auto& x : v) {
      const int u = any(rng);
      x = s == 0 ? u : s == 1 ? u / 2 : s == 2 ? 10 - u / 2 : (u + any(rng)) / 2;
    }
    const auto a = test::answers_for(q, v);
    const auto r = score(q, test::raw(a));
    REQUIRE(r.ok());
    const Result& res = r.value();
    const int total = res.total;
    if (total < 0 || total > 150 || res.themes.size() != 5) FAIL("bad total/themes for set " << n);
    const std::string expected = total > 100 ? "mastery" : total >= 50 ? "both" : "management";
    if (q.bands[res.band].id != expected)
      FAIL("total " << total << " got band " << q.bands[res.band].id);
    int themes = 0;
    for (const auto& t : res.themes) {
      if (t.score < 0 || t.score > 30) FAIL("theme out of 0..30: " << t.score);
      themes += t.score;
    }
    if (themes != total) FAIL("themes add to " << themes << ", total " << total);
    if (res.answers != a) FAIL("answers not kept for set " << n);
    if (res.values != v) FAIL("scored values differ from the reverse flags for set " << n);
    if (total != test::sum(v)) FAIL("total " << total << " != sum " << test::sum(v));
    ++seen[res.band];
  }
  CHECK(seen[0] > 1000);
  CHECK(seen[1] > 1000);
  CHECK(seen[2] > 1000);
}

TEST_CASE("property: random custom questionnaires tile their totals", "[score][property]") {
  // For several scales and item counts, every total is in exactly one band and themes add up.
  std::mt19937 rng(99);
  for (const auto& [min, max, items, themes] : std::vector<std::tuple<int, int, int, int>>{
           {1, 5, 10, 2}, {1, 7, 7, 7}, {-3, 3, 6, 3}, {0, 100, 12, 4}}) {
    test::Spec s;
    s.min = min;
    s.max = max;
    s.items = items;
    s.themes = themes;
    s.reverse = {1};
    const auto q = test::load(s);
    std::uniform_int_distribution<int> d(min, max);
    for (int n = 0; n < 2000; ++n) {
      std::vector<int> a(static_cast<std::size_t>(items));
      for (auto& x : a) x = d(rng);
      const auto r = test::score_ok(q, a);
      REQUIRE(r.total >= q.min_total());
      REQUIRE(r.total <= q.max_total());
      const auto& b = q.bands[r.band];
      REQUIRE(b.min <= r.total);
      REQUIRE(r.total <= b.max);
      int sum = 0;
      for (const auto& t : r.themes) {
        REQUIRE(t.score >= t.min);
        REQUIRE(t.score <= t.max);
        sum += t.score;
      }
      REQUIRE(sum == r.total);
    }
  }
}
