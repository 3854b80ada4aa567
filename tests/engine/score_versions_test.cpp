// The built-in questionnaire's versions scored side by side: version 2's reversed statements, the
// same answers under versions 1 and 2, and choosing a version with builtin_questionnaire(n).
#include <catch2/catch.hpp>
#include <random>
#include <set>

#include "test_support.hpp"

using namespace crossroads;

namespace {

const std::string& band_id(const Questionnaire& q, const Result& r) {
  return q.bands[r.band].id;
}

// Version 2's reversed statements, written out here rather than read from the questionnaire, so
// these tests check the engine against the published definition.
const std::set<std::size_t> kReversedV2{2, 3, 5, 7, 9, 10, 14};

bool reversed_v2(std::size_t number) {
  return kReversedV2.count(number) != 0;
}

// Version 2's total of these answers: 10 - answer on a reversed statement, the answer elsewhere.
int v2_total(const std::vector<int>& answers) {
  int total = 0;
  for (std::size_t i = 0; i < answers.size(); ++i)
    total += reversed_v2(i + 1) ? 10 - answers[i] : answers[i];
  return total;
}

}  // namespace

TEST_CASE("version 2 scores every reversed statement as 10 - answer",
          "[score][reverse][versions]") {
  const auto& q = test::builtin(2);
  for (const int a : {0, 1, 3, 5, 6, 9, 10}) {
    CAPTURE(a);
    const auto r = test::score_ok(q, std::vector<int>(15, a));
    for (std::size_t i = 0; i < 15; ++i) {
      CAPTURE(i + 1);
      CHECK(r.answers[i] == a);
      CHECK(r.values[i] == (reversed_v2(i + 1) ? 10 - a : a));
    }
    CHECK(r.total == 7 * (10 - a) + 8 * a);
  }
  // one statement moved at a time: only its value moves, the other way when it is reversed
  for (std::size_t i = 0; i < 15; ++i) {
    CAPTURE(i + 1);
    std::vector<int> a(15, 5);
    a[i] = 9;
    const auto r = test::score_ok(q, a);
    CHECK(r.values[i] == (reversed_v2(i + 1) ? 1 : 9));
    CHECK(r.total == (reversed_v2(i + 1) ? 71 : 79));
    const auto& theme = r.themes[q.items[i].theme];
    CHECK(theme.score == (reversed_v2(i + 1) ? 11 : 19));
  }
}

TEST_CASE("the same answers score by each version's own definition", "[score][versions]") {
  const auto& v1 = test::builtin(1);
  const auto& v2 = test::builtin(2);
  struct Case {
    std::vector<int> answers;
    int v1;
    int v2;
    const char* band1;
    const char* band2;
  };
  // On version 2, people: the management pole of every statement (0, or 10 where reversed);
  // craft: the mastery pole (10, or 0 where reversed).
  const std::vector<int> people{0, 10, 10, 0, 10, 0, 10, 0, 10, 10, 0, 0, 0, 10, 0};
  const std::vector<int> craft{10, 0, 0, 10, 0, 10, 0, 10, 0, 0, 10, 10, 10, 0, 10};
  for (const Case& c :
       {Case{std::vector<int>(15, 0), 0, 70, "management", "both"},
        Case{std::vector<int>(15, 10), 150, 80, "mastery", "both"},
        Case{std::vector<int>(15, 5), 75, 75, "both", "both"},
        Case{people, 70, 0, "both", "management"}, Case{craft, 80, 150, "both", "mastery"}}) {
    CAPTURE(c.answers);
    const auto r1 = test::score_ok(v1, c.answers);
    const auto r2 = test::score_ok(v2, c.answers);
    CHECK(r1.total == c.v1);
    CHECK(r2.total == c.v2);
    CHECK(band_id(v1, r1) == c.band1);
    CHECK(band_id(v2, r2) == c.band2);
    CHECK(r1.answers == r2.answers);
  }

  // many random answer sets: version 1 is the plain sum, version 2 reverses its statements, and
  // the totals differ exactly when the reversed statements' answers are not balanced around 5
  std::mt19937 rng(2026);
  std::uniform_int_distribution<int> any(0, 10);
  int differed = 0;
  for (int n = 0; n < 2000; ++n) {
    std::vector<int> a(15);
    for (auto& x : a) x = any(rng);
    int shift = 0;  // version 2 minus version 1: (10 - a) - a on each statement flagged reverse
    for (std::size_t i = 0; i < 15; ++i) {
      if (v2.items[i].reverse) shift += 10 - 2 * a[i];
    }
    const int t1 = test::score_ok(v1, a).total;
    const int t2 = test::score_ok(v2, a).total;
    if (t1 != test::sum(a)) FAIL("version 1 total " << t1 << " is not the sum " << test::sum(a));
    if (t2 != v2_total(a)) FAIL("version 2 total " << t2 << ", expected " << v2_total(a));
    if ((t1 != t2) != (shift != 0)) FAIL("totals " << t1 << " and " << t2 << ", shift " << shift);
    if (t1 != t2) ++differed;
  }
  CHECK(differed > 1000);
}

TEST_CASE("all answers at 5 total 75 in every version", "[score][versions]") {
  for (int v = 1; v <= builtin_latest_version(); ++v) {
    CAPTURE(v);
    const auto& q = test::builtin(v);
    const auto r = test::score_ok(q, std::vector<int>(15, 5));
    CHECK(r.total == 75);
    CHECK(band_id(q, r) == "both");
  }
}

TEST_CASE("version selection: each builtin_questionnaire(n) scores by its own rules",
          "[score][versions]") {
  const auto v1 = builtin_questionnaire(1);
  const auto v2 = builtin_questionnaire(2);
  REQUIRE(v1.has_value());
  REQUIRE(v2.has_value());
  CHECK(v1->version == 1);
  CHECK(v2->version == 2);
  const auto latest = builtin_questionnaire();  // without a number: the latest, version 2
  REQUIRE(latest.version == 2);
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> any(0, 10);
  for (int n = 0; n < 200; ++n) {
    std::vector<int> a(15);
    for (auto& x : a) x = any(rng);
    CAPTURE(a);
    const auto r1 = test::score_ok(*v1, a);
    CHECK(r1.values == a);  // version 1: plain sums
    CHECK(r1.total == test::sum(a));
    CHECK(test::score_ok(*v2, a).total == v2_total(a));
    CHECK(test::score_ok(latest, a).total == v2_total(a));
  }
  CHECK(test::score_ok(*v1, std::vector<int>(15, 0)).total == 0);
  CHECK(test::score_ok(*v2, std::vector<int>(15, 0)).total == 70);
}
