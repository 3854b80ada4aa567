// TeamTally and TeamInsight: reversed statements counted by their scored values, pingouin's data
// through a custom 1-7 questionnaire, which themes get a reliability, band uncertainty on the
// built-in questionnaire (SEM = SD x sqrt(1 - alpha), edges 49.5 and 100.5), and the privacy floor.
#include "crossroads/team_insight.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "reliability_support.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

void add_all(TeamTally& team, const Questionnaire& q, const std::vector<std::vector<int>>& rows) {
  for (const auto& answers : rows) team.add(test::score_ok(q, answers).values);
}

// Every aggregate is empty: only the counts of rows remain.
void check_suppressed(const TeamInsight& in) {
  CHECK(in.suppressed);
  CHECK_FALSE(in.total.has_value());
  CHECK(in.themes.empty());
  CHECK_FALSE(in.sem.has_value());
  CHECK_FALSE(in.band_uncertain.has_value());
  CHECK(in.bands.empty());
  CHECK(in.uncertain_totals.empty());
}

}  // namespace

TEST_CASE("a reversed statement is tallied by its scored value", "[team_insight]") {
  // 4 statements on 1-5 in two themes (1-2, 3-4), statement 2 reversed: scored 6 - answer.
  // Bands 4-8, 9-14, 15-20 (edges 8.5 and 14.5).
  test::Spec spec;
  spec.items = 4;
  spec.themes = 2;
  spec.min = 1;
  spec.max = 5;
  spec.reverse = {2};
  const auto q = test::load(spec);
  REQUIRE(q.items[1].reverse);
  TeamTally team(q);
  // Answers 1 5 2 4 / 2 4 3 3 / 5 1 4 2 score 1 1 2 4 / 2 2 3 3 / 5 5 4 2: totals 8, 10, 16.
  add_all(team, q, {{1, 5, 2, 4}, {2, 4, 3, 3}, {5, 1, 4, 2}});
  team.add_excluded();
  const TeamInsight in = team.insight(3);
  CHECK(in.n == 3);
  CHECK(in.excluded == 1);
  REQUIRE_FALSE(in.suppressed);
  REQUIRE(in.total.has_value());
  // Statement 2 scored 1, 2, 5: mean 8/3, one each of 1, 2 and 5 (as answered: 5, 4, 1, 10/3).
  const ItemStats& second = in.total->items[1];
  CHECK(second.number == 2);
  CHECK(second.mean == Approx(8.0 / 3).margin(1e-12));
  CHECK(second.counts == std::vector<std::int64_t>{1, 1, 0, 0, 1});
  CHECK(in.bands == std::vector<std::int64_t>{1, 1, 1});  // as answered all three total 12
  // Theme 1: statements 1 and 2 both score 1, 2, 5: alpha 1, item-total 1.
  REQUIRE(in.themes.size() == 2);
  CHECK(*in.themes[0].reliability.alpha == Approx(1.0).margin(1e-12));
  CHECK(*in.themes[0].reliability.items[1].item_total == Approx(1.0).margin(1e-12));
  // Theme 2: 2, 3, 4 and 4, 3, 2 always total 6: alpha undefined, item-total -1.
  CHECK_FALSE(in.themes[1].reliability.alpha.has_value());
  CHECK(*in.themes[1].reliability.items[0].item_total == Approx(-1.0).margin(1e-12));
  // Total: variances 13/3, 13/3, 1, 1 (sum 32/3); totals 8, 10, 16 have variance 52/3.
  // alpha = 4/3 (1 - 32/52) = 20/39; SEM = sqrt(52/3 x 19/39) = sqrt(988/117).
  CHECK(*in.total->alpha == Approx(20.0 / 39).margin(1e-12));
  CHECK(*in.total->total_sd == Approx(std::sqrt(52.0 / 3)).margin(1e-12));
  CHECK(*in.sem == Approx(std::sqrt(988.0 / 117)).margin(1e-12));
  // 1.96 x 2.906 = 5.70 reaches every total from an edge: all three uncertain.
  CHECK(*in.band_uncertain == 3);
  // Statements 1 and 2 (x1 = x2) correlate fully with the rest, since 3 + 4 is constant.
  CHECK(*in.total->items[0].item_total == Approx(1.0).margin(1e-12));
}

TEST_CASE("pingouin's example through a custom 1-7 questionnaire", "[team_insight][reference]") {
  // pingouin.cronbach_alpha docstring (raphaelvallat/pingouin, datasets/cronbach_alpha.csv):
  // alpha 0.5917188485995826, 95% CI [0.195, 0.840]. Themes (Q1-5, Q6-10), SEM and bands by a
  // two-pass computation in exact fractions (Python).
  test::Spec spec;
  spec.items = 10;
  spec.themes = 2;
  spec.min = 1;
  spec.max = 7;  // bands 10-29, 30-49, 50-70: edges 29.5 and 49.5
  const auto q = test::load(spec);
  TeamTally team(q);
  add_all(team, q, test::pingouin_rows());
  const TeamInsight in = team.insight();
  CHECK(in.n == 15);
  CHECK(in.min_group == kDefaultMinGroup);
  REQUIRE(in.total.has_value());
  CHECK(in.total->k == 10);
  CHECK(*in.total->alpha == Approx(0.5917188485995826).margin(1e-10));
  CHECK(in.total->ci->first == Approx(0.195).margin(0.0005));
  CHECK(in.total->ci->second == Approx(0.840).margin(0.0005));
  CHECK(in.total->reading == Reading::loose);
  REQUIRE(in.themes.size() == 2);
  CHECK(in.themes[0].theme == 0U);
  CHECK(in.themes[1].theme == 1U);
  CHECK(in.themes[0].reliability.k == 5);
  CHECK(*in.themes[0].reliability.alpha == Approx(0.542478354978355).margin(1e-10));
  CHECK(*in.themes[1].reliability.alpha == Approx(0.17492138364779874).margin(1e-10));
  CHECK(in.themes[1].reliability.items[0].number == 6);
  // totals 29 41 47 33 52 29 32 39 40 40 32 32 39 40 33
  CHECK(in.bands == std::vector<std::int64_t>{2, 12, 1});
  // SEM 4.2191: within 8.2695 of 29.5 or 49.5 are 22-37 and 42-57: 29 x2, 47, 33 x2, 52, 32 x3.
  CHECK(*in.sem == Approx(4.219130028934662).margin(1e-10));
  CHECK(*in.band_uncertain == 9);
}

TEST_CASE("is_band_uncertain on the built-in questionnaire: 1.96 x SEM around 49.5 and 100.5",
          "[team_insight]") {
  const Questionnaire q = builtin_questionnaire();
  // SEM 5 reaches 9.8: from 49.5 that is 39.7 to 59.3, from 100.5 it is 90.7 to 110.3.
  for (int total = q.min_total(); total <= q.max_total(); ++total) {
    CAPTURE(total);
    const bool expected = (total >= 40 && total <= 59) || (total >= 91 && total <= 110);
    CHECK(is_band_uncertain(q, total, 5) == expected);
    CHECK_FALSE(is_band_uncertain(q, total, 0));  // a total is at least 0.5 from an edge
  }
  for (const int total : {39, 60, 90, 111}) CHECK_FALSE(is_band_uncertain(q, total, 5));
  // One band: no edge, nothing uncertain.
  test::Spec spec;
  spec.bands = {{0, 150}};
  const auto one = test::load(spec);
  CHECK_FALSE(is_band_uncertain(one, 75, 100));
}

TEST_CASE("a team on the built-in questionnaire: SEM, band uncertain, themes of three",
          "[team_insight]") {
  const Questionnaire q = builtin_questionnaire();
  TeamTally team(q);
  // Scored values filled from statement 1 (summing_to): statement 1 is 10 for every total >= 10,
  // statement 15 is 0 for every total <= 140, so both are constant here.
  const std::vector<int> totals{10, 30, 45, 48, 52, 60, 75, 88, 95, 101, 104, 120, 140};
  for (const int total : totals) team.add(test::summing_to(total));
  const TeamInsight in = team.insight();
  REQUIRE_FALSE(in.suppressed);
  CHECK(in.bands == std::vector<std::int64_t>{4, 5, 4});
  // Two-pass (Python, exact fractions): alpha 0.9114050974326289, SD 37.60012274939047,
  // SEM = SD x sqrt(1 - alpha) = 11.191637380327654; 1.96 x SEM = 21.94, so 10, 75 and 140
  // (39.5, 25.5 and 39.5 from the nearest edge) are certain and the other 10 uncertain.
  CHECK(*in.total->alpha == Approx(0.9114050974326289).margin(1e-10));
  CHECK(*in.sem == Approx(*in.total->total_sd * std::sqrt(1 - *in.total->alpha)).margin(1e-12));
  CHECK(*in.sem == Approx(11.191637380327654).margin(1e-9));
  CHECK(*in.band_uncertain == 10);
  REQUIRE(in.uncertain_totals.size() == 151U);
  std::int64_t marked = 0;
  for (int total = 0; total <= 150; ++total) {
    CAPTURE(total);
    CHECK((in.uncertain_totals[static_cast<std::size_t>(total)] == 1) ==
          is_band_uncertain(q, total, *in.sem));
  }
  for (const int total : totals) marked += in.uncertain_totals[static_cast<std::size_t>(total)];
  CHECK(marked == *in.band_uncertain);
  // Five themes of three; theme 1's first statement and theme 5's last are constant.
  REQUIRE(in.themes.size() == 5U);
  const double alphas[] = {0.75, 0.8869226154769047, 0.9732891061452514, 0.9001823154056517, 0.75};
  for (std::size_t t = 0; t < 5; ++t) {
    CAPTURE(t);
    CHECK(in.themes[t].theme == t);
    CHECK(in.themes[t].reliability.k == 3);
    CHECK(*in.themes[t].reliability.alpha == Approx(alphas[t]).margin(1e-10));
    CHECK(in.themes[t].reliability.items[0].number == static_cast<int>(3 * t + 1));
    test::check_no_nan(in.themes[t].reliability);
  }
  CHECK_FALSE(in.themes[0].reliability.items[0].item_total.has_value());
  CHECK_FALSE(in.themes[4].reliability.items[2].item_total.has_value());
  CHECK(*in.themes[0].reliability.items[1].item_total == Approx(1.0).margin(1e-12));
}

TEST_CASE("answers that do not vary: no alpha, so no SEM and nobody marked", "[team_insight]") {
  const Questionnaire q = builtin_questionnaire();
  TeamTally team(q);
  for (int p = 0; p < 12; ++p) team.add(std::vector<int>(15, 5));
  const TeamInsight in = team.insight();
  REQUIRE_FALSE(in.suppressed);
  CHECK_FALSE(in.total->alpha.has_value());
  CHECK(in.total->reading == Reading::undefined);
  CHECK_FALSE(in.sem.has_value());
  CHECK_FALSE(in.band_uncertain.has_value());
  CHECK(in.uncertain_totals.empty());
  CHECK(in.bands == std::vector<std::int64_t>{0, 12, 0});
  test::check_no_nan(*in.total);
}

TEST_CASE("the privacy floor: below it no aggregate, only the counts", "[team_insight]") {
  const Questionnaire q = builtin_questionnaire();
  TeamTally team(q);
  CHECK(team.n() == 0);
  check_suppressed(team.insight(3));
  for (int p = 0; p < 4; ++p) team.add(test::summing_to(30 + 20 * p));
  team.add_excluded();
  team.add_excluded();
  CHECK(team.n() == 4);
  CHECK(team.excluded() == 2);
  const TeamInsight four = team.insight();  // the default floor, 5
  CHECK(four.n == 4);
  CHECK(four.excluded == 2);
  CHECK(four.min_group == 5);
  check_suppressed(four);
  // a floor of 4 or 3 shows 4 people's figures
  CHECK_FALSE(team.insight(4).suppressed);
  CHECK(team.insight(3).total.has_value());

  team.add(test::summing_to(130));
  const TeamInsight five = team.insight(5);
  CHECK_FALSE(five.suppressed);
  CHECK(five.n == 5);
  CHECK(five.excluded == 2);
  REQUIRE(five.total.has_value());
  CHECK(five.total->n == 5);  // excluded rows are in no figure
  CHECK(five.themes.size() == 5U);
  CHECK(five.bands == std::vector<std::int64_t>{1, 3, 1});  // 30, 50, 70, 90, 130
  CHECK(five.sem.has_value());
  CHECK(five.band_uncertain.has_value());
  CHECK(team.insight(10).suppressed);
}

TEST_CASE("the floor must be 3 to 10", "[team_insight]") {
  CHECK(kDefaultMinGroup == 5);
  CHECK(kLowestMinGroup == 3);
  CHECK(kHighestMinGroup == 10);
  for (int m = -1; m <= 12; ++m) {
    CAPTURE(m);
    CHECK(is_valid_min_group(m) == (m >= 3 && m <= 10));
  }
  const Questionnaire q = builtin_questionnaire();
  TeamTally team(q);
  for (int p = 0; p < 10; ++p) team.add(test::summing_to(15 * p));
  CHECK(team.insight(3).min_group == 3);
  CHECK_FALSE(team.insight(10).suppressed);
  CHECK_THROWS_AS(team.insight(2), std::invalid_argument);
  CHECK_THROWS_AS(team.insight(11), std::invalid_argument);
  CHECK_THROWS_AS(team.insight(0), std::invalid_argument);
}

TEST_CASE("a theme with one statement has no reliability; figures equal reliability_of",
          "[team_insight]") {
  // 5 statements in 3 themes: 1-2, 3-4 and 5 alone.
  test::Spec spec;
  spec.items = 5;
  spec.themes = 3;
  const auto q = test::load(spec);
  REQUIRE(q.items_of_theme(2).size() == 1U);
  const std::vector<std::vector<int>> rows{
      {1, 4, 6, 2, 9}, {3, 3, 7, 1, 0}, {8, 9, 2, 2, 5}, {6, 5, 5, 5, 5}, {0, 2, 9, 10, 4}};
  TeamTally team(q);
  for (const auto& row : rows) team.add(row);
  const TeamInsight in = team.insight();
  REQUIRE(in.themes.size() == 2U);
  CHECK(in.themes[0].theme == 0U);
  CHECK(in.themes[1].theme == 1U);
  const ItemTally tally = test::tally_of(0, 10, rows);
  const Reliability total = reliability_of(tally, test::all_items(5));
  CHECK(in.total->k == 5);
  CHECK(in.total->alpha == total.alpha);
  CHECK(in.total->items[4].item_total == total.items[4].item_total);
  const Reliability second = reliability_of(tally, {2, 3});
  CHECK(in.themes[1].reliability.alpha == second.alpha);
  CHECK(in.themes[1].reliability.items[1].number == 4);
}
