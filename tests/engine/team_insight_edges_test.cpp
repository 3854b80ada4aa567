// TeamInsight at its edges: a negative alpha (SEM capped at the total's SD), questionnaires with
// a band per total (band counts and uncertain totals found by a sweep, checked against the rules
// one total at a time), and statements that agree exactly (alpha never above 1, interval in order).
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <vector>

#include "crossroads/team_insight.hpp"
#include "test_support.hpp"

using namespace crossroads;

TEST_CASE("a negative alpha counts as 0 for the SEM, which never exceeds the SD",
          "[team_insight]") {
  test::Spec spec;
  spec.items = 2;
  spec.themes = 1;
  spec.min = 1;
  spec.max = 5;
  const auto q = test::load(spec);
  TeamTally team(q);
  // The two statements run against each other: variances 2.5 and 2.7, totals 6 6 6 6 7 (variance
  // 0.2), so alpha = 2 (1 - 5.2 / 0.2) = -50.
  for (const std::vector<int>& row :
       std::vector<std::vector<int>>{{1, 5}, {5, 1}, {2, 4}, {4, 2}, {3, 4}}) {
    team.add(test::score_ok(q, row).values);
  }
  const TeamInsight in = team.insight(5);
  REQUIRE(in.total->alpha.has_value());
  CHECK(*in.total->alpha == Approx(-50.0).epsilon(1e-9));
  REQUIRE(in.sem.has_value());
  CHECK(*in.sem == Approx(*in.total->total_sd).epsilon(1e-12));
}

TEST_CASE("a band per total: counts and uncertain totals match the rules one total at a time",
          "[team_insight]") {
  test::Spec spec;
  spec.items = 2;
  spec.themes = 1;
  for (int t = 0; t <= 20; ++t) spec.bands.emplace_back(t, t);
  const auto q = test::load(spec);
  TeamTally team(q);
  std::mt19937 random(12);
  std::uniform_int_distribution<int> answer(0, 10);
  std::vector<std::int64_t> expected(q.bands.size(), 0);
  for (int person = 0; person < 300; ++person) {
    const int first = answer(random);
    const int second = std::min(10, std::max(0, first + answer(random) / 3 - 1));
    const auto result = test::score_ok(q, {first, second});
    team.add(result.values);
    ++expected[q.band_of(result.total)];
  }
  const TeamInsight in = team.insight(5);
  CHECK(in.bands == expected);
  REQUIRE(in.sem.has_value());
  std::int64_t uncertain = 0;
  for (int total = 0; total <= 20; ++total) {
    const bool flagged = in.uncertain_totals[static_cast<std::size_t>(total)] == 1;
    CHECK(flagged == is_band_uncertain(q, total, *in.sem));
    if (flagged) uncertain += expected[static_cast<std::size_t>(total)];
  }
  CHECK(in.band_uncertain == uncertain);
}

TEST_CASE("statements that agree exactly: alpha at most 1 and an interval in order",
          "[team_insight]") {
  test::Spec spec;
  spec.items = 15;
  spec.themes = 3;
  const auto q = test::load(spec);
  TeamTally team(q);
  for (int value : {0, 3, 7, 10, 2, 9, 5, 1}) team.add(std::vector<int>(15, value));
  const TeamInsight in = team.insight(5);
  REQUIRE(in.total->alpha.has_value());
  CHECK(*in.total->alpha <= 1.0);
  CHECK(*in.total->alpha == Approx(1.0).margin(1e-12));
  REQUIRE(in.total->ci.has_value());
  CHECK(in.total->ci->first <= in.total->ci->second);
  CHECK(*in.sem == Approx(0.0).margin(1e-6));
}
