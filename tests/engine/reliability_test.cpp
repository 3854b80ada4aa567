// Cronbach's alpha, item-total correlations and alpha if left out, from ItemTally: small cases
// worked out by hand (perfectly correlated, uncorrelated, constant, n = 2 and 1), pingouin's
// documented example, a direct two-pass computation on random data, a million nearly constant
// answers, and the plain-words reading's limits. Feldt's interval: f_distribution_test.cpp.
#include "crossroads/reliability.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <vector>

#include "reliability_support.hpp"

using namespace crossroads;
using test::all_items;
using test::tally_of;

TEST_CASE("two perfectly correlated statements: alpha 1 and item-total 1", "[reliability]") {
  // x = y = 1, 2, 3: variances 1, covariance 1, total 2, 4, 6 with variance 4.
  // alpha = 2/1 (1 - (1 + 1)/4) = 1; item-total = cov / (sd sd) = 1; 2 statements: no alpha if
  // left out. Feldt's interval of alpha 1 is 1 - 0 x F = [1, 1].
  const auto r = reliability_of(tally_of(0, 10, {{1, 1}, {2, 2}, {3, 3}}), all_items(2));
  CHECK(r.n == 3);
  CHECK(r.k == 2);
  REQUIRE(r.alpha.has_value());
  CHECK(*r.alpha == Approx(1.0).margin(1e-12));
  REQUIRE(r.ci.has_value());
  CHECK(r.ci->first == Approx(1.0).margin(1e-12));
  CHECK(r.ci->second == Approx(1.0).margin(1e-12));
  CHECK(*r.total_sd == Approx(2.0).margin(1e-12));
  CHECK(r.reading == Reading::too_few);  // 3 people
  REQUIRE(r.items.size() == 2);
  for (const auto& item : r.items) {
    CHECK(*item.item_total == Approx(1.0).margin(1e-12));
    CHECK_FALSE(item.alpha_if_deleted.has_value());
    CHECK(item.mean == Approx(2.0).margin(1e-12));
    CHECK(*item.sd == Approx(1.0).margin(1e-12));
    CHECK(item.counts == std::vector<std::int64_t>{0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0});
  }
  CHECK(r.items[0].number == 1);
  CHECK(r.items[1].number == 2);
  test::check_no_nan(r);
}

TEST_CASE("perfectly correlated statements with unequal spread: alpha below 1", "[reliability]") {
  // x = 1, 2, 3 and y = 2, 4, 6: variances 1 and 4, covariance 2, total variance 1 + 4 + 2x2 = 9.
  // alpha = 2 (1 - 5/9) = 8/9; item-total still 1.
  const auto r = reliability_of(tally_of(0, 10, {{1, 2}, {2, 4}, {3, 6}}), all_items(2));
  CHECK(*r.alpha == Approx(8.0 / 9).margin(1e-12));
  CHECK(*r.items[0].item_total == Approx(1.0).margin(1e-12));
  CHECK(*r.items[1].item_total == Approx(1.0).margin(1e-12));
  CHECK(*r.total_sd == Approx(3.0).margin(1e-12));
  // Three identical statements: alpha = 3/2 (1 - 3/9) = 1; each with the other two: r(x, 2x) = 1;
  // left out, two identical remain: alpha 1.
  const auto three =
      reliability_of(tally_of(0, 10, {{1, 1, 1}, {2, 2, 2}, {3, 3, 3}}), all_items(3));
  CHECK(*three.alpha == Approx(1.0).margin(1e-12));
  for (const auto& item : three.items) {
    CHECK(*item.item_total == Approx(1.0).margin(1e-12));
    CHECK(*item.alpha_if_deleted == Approx(1.0).margin(1e-12));
  }
}

TEST_CASE("uncorrelated statements: alpha 0 and item-total 0", "[reliability]") {
  // x = 0, 0, 1, 1 and y = 0, 1, 0, 1, three times over (12 people): covariance 0, so the total's
  // variance is the sum of the two and alpha = 2 (1 - 1) = 0; each variance 12 x 1/4 / 11 = 3/11.
  std::vector<std::vector<int>> rows;
  for (int copy = 0; copy < 3; ++copy) {
    for (const auto& row : {std::vector<int>{0, 0}, {0, 1}, {1, 0}, {1, 1}}) rows.push_back(row);
  }
  const auto r = reliability_of(tally_of(0, 10, rows), all_items(2));
  CHECK(*r.alpha == Approx(0.0).margin(1e-12));
  CHECK(r.reading == Reading::loose);
  CHECK(*r.items[0].item_total == Approx(0.0).margin(1e-12));
  CHECK(*r.items[1].item_total == Approx(0.0).margin(1e-12));
  CHECK(*r.items[0].sd == Approx(std::sqrt(3.0 / 11)).margin(1e-12));
  CHECK(r.items[0].counts[0] == 6);
  CHECK(r.items[0].counts[1] == 6);
  REQUIRE(r.ci.has_value());
  CHECK(r.ci->first < 0);
  CHECK(r.ci->second > 0);
}

TEST_CASE("a constant statement has no item-total correlation, but alpha has a figure",
          "[reliability]") {
  // x = 1, 2, 3; y = 2, 4, 6; c = 5, 5, 5. Variances 1, 4, 0; cov(x, y) = 2, with c 0.
  // Total variance 1 + 4 + 0 + 2x2 = 9: alpha = 3/2 (1 - 5/9) = 2/3.
  // item-total: x with y + c: r(x, y) = 1; y likewise 1; c: its SD is 0, so none.
  // Left out: x leaves y, c: 2 (1 - 4/4) = 0; y likewise 0; c leaves x, y: 2 (1 - 5/9) = 8/9.
  const auto r = reliability_of(tally_of(0, 10, {{1, 2, 5}, {2, 4, 5}, {3, 6, 5}}), all_items(3));
  CHECK(*r.alpha == Approx(2.0 / 3).margin(1e-12));
  CHECK(*r.items[0].item_total == Approx(1.0).margin(1e-12));
  CHECK(*r.items[1].item_total == Approx(1.0).margin(1e-12));
  CHECK_FALSE(r.items[2].item_total.has_value());
  CHECK(*r.items[0].alpha_if_deleted == Approx(0.0).margin(1e-12));
  CHECK(*r.items[1].alpha_if_deleted == Approx(0.0).margin(1e-12));
  CHECK(*r.items[2].alpha_if_deleted == Approx(8.0 / 9).margin(1e-12));
  CHECK(*r.items[2].sd == 0.0);
  CHECK(r.items[2].mean == Approx(5.0).margin(1e-12));
  CHECK(r.items[2].counts[5] == 3);
  test::check_no_nan(r);
}

TEST_CASE("every statement constant: alpha undefined, reading undefined, nothing NaN",
          "[reliability]") {
  // 12 people all answering 4, 7, 0: every variance 0, so alpha's denominator is 0.
  const auto r =
      reliability_of(tally_of(0, 10, std::vector<std::vector<int>>(12, {4, 7, 0})), all_items(3));
  CHECK(r.n == 12);
  CHECK_FALSE(r.alpha.has_value());
  CHECK_FALSE(r.ci.has_value());
  CHECK(r.reading == Reading::undefined);
  CHECK(*r.total_sd == 0.0);
  for (const auto& item : r.items) {
    CHECK_FALSE(item.item_total.has_value());
    CHECK_FALSE(item.alpha_if_deleted.has_value());
    CHECK(*item.sd == 0.0);
  }
  test::check_no_nan(r);
  // Statements that vary but cancel: x = 1, 2, 3 and y = 3, 2, 1 total 4 every time. Alpha is
  // undefined (the total does not vary); item-total of x is r(x, y) = -1.
  const auto cancel = reliability_of(tally_of(0, 10, {{1, 3}, {2, 2}, {3, 1}}), all_items(2));
  CHECK_FALSE(cancel.alpha.has_value());
  CHECK_FALSE(cancel.ci.has_value());
  CHECK(*cancel.total_sd == Approx(0.0).margin(1e-12));
  CHECK(*cancel.items[0].item_total == Approx(-1.0).margin(1e-12));
  test::check_no_nan(cancel);
}

TEST_CASE("two people give figures; one person gives none", "[reliability]") {
  // x = 1, 3; y = 2, 5; z = 0, 4: deviations ±1, ±1.5, ±2 over n - 1 = 1.
  // Variances 2, 4.5, 8; covariances xy 3, xz 4, yz 6; total 3, 12: variance 40.5.
  // alpha = 3/2 (1 - 14.5/40.5) = 26/27. Any two people correlate fully: item-total 1.
  // Left out x: 2 (1 - 12.5/24.5) = 48/49; y: 2 (1 - 10/18) = 8/9; z: 2 (1 - 6.5/12.5) = 0.96.
  const auto r = reliability_of(tally_of(0, 10, {{1, 2, 0}, {3, 5, 4}}), all_items(3));
  CHECK(r.n == 2);
  CHECK(*r.alpha == Approx(26.0 / 27).margin(1e-12));
  CHECK(*r.total_sd == Approx(std::sqrt(40.5)).margin(1e-12));
  CHECK(r.reading == Reading::too_few);
  const double left_out[] = {48.0 / 49, 8.0 / 9, 0.96};
  const double sds[] = {std::sqrt(2.0), std::sqrt(4.5), std::sqrt(8.0)};
  const double means[] = {2, 3.5, 2};
  for (std::size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(*r.items[i].item_total == Approx(1.0).margin(1e-12));
    CHECK(*r.items[i].alpha_if_deleted == Approx(left_out[i]).margin(1e-12));
    CHECK(*r.items[i].sd == Approx(sds[i]).margin(1e-12));
    CHECK(r.items[i].mean == Approx(means[i]).margin(1e-12));
  }
  REQUIRE(r.ci.has_value());
  CHECK(r.ci->first == Approx(feldt_interval(26.0 / 27, 2, 3).first).margin(1e-12));

  const auto one = reliability_of(tally_of(0, 10, {{1, 2, 0}}), all_items(3));
  CHECK(one.n == 1);
  CHECK_FALSE(one.alpha.has_value());
  CHECK_FALSE(one.ci.has_value());
  CHECK_FALSE(one.total_sd.has_value());
  CHECK(one.reading == Reading::too_few);  // too_few is said before undefined
  for (const auto& item : one.items) {
    CHECK_FALSE(item.item_total.has_value());
    CHECK_FALSE(item.alpha_if_deleted.has_value());
    CHECK_FALSE(item.sd.has_value());
  }
  CHECK(one.items[1].mean == 2.0);
  CHECK(one.items[1].counts[2] == 1);
  const auto none = reliability_of(ItemTally(3, 0, 10), all_items(3));
  CHECK(none.n == 0);
  CHECK_FALSE(none.alpha.has_value());
  test::check_no_nan(none);
}

TEST_CASE("pingouin's documented example: alpha 0.5917188485995826", "[reliability][reference]") {
  // pingouin.cronbach_alpha docstring, data pingouin/datasets/cronbach_alpha.csv: 15 people,
  // 10 statements on 1-7. Item figures: a two-pass computation in exact fractions (Python).
  const auto r = reliability_of(tally_of(1, 7, test::pingouin_rows()), all_items(10));
  CHECK(r.n == 15);
  CHECK(r.k == 10);
  CHECK(*r.alpha == Approx(0.5917188485995826).margin(1e-10));
  CHECK(r.ci->first == Approx(0.195).margin(0.0005));
  CHECK(r.ci->second == Approx(0.840).margin(0.0005));
  CHECK(r.reading == Reading::loose);
  CHECK(*r.total_sd == Approx(6.603029607687671).margin(1e-10));
  const double item_total[] = {0.5747667919844912, 0.5678028417673683, 0.5213910754208803,
                               0.4176058241286149, -0.10758308249257417};
  const double left_out[] = {0.4686903246339911, 0.5072805578342904, 0.5183498526654166,
                             0.5318291700241741, 0.6684890656063618};
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(*r.items[i].item_total == Approx(item_total[i]).margin(1e-10));
    CHECK(*r.items[i].alpha_if_deleted == Approx(left_out[i]).margin(1e-10));
  }
  // Q1: 3 5 7 2 6 1 4 2 6 5 4 4 5 6 4 -> mean 64/15, one 1, two 2s, one 3, four 4s, ...
  CHECK(r.items[0].mean == Approx(64.0 / 15).margin(1e-12));
  CHECK(r.items[0].counts == std::vector<std::int64_t>{1, 2, 1, 4, 3, 3, 1});
}

TEST_CASE("item-total r and alpha if left out equal a direct two-pass computation",
          "[reliability]") {
  // 200 people x 6 statements on 0-10, one shared trait plus noise, so the statements correlate.
  std::mt19937 random(20261130);
  std::normal_distribution<double> trait(5, 2);
  std::normal_distribution<double> noise(0, 1.5);
  std::vector<std::vector<int>> rows;
  for (int p = 0; p < 200; ++p) {
    const double t = trait(random);
    std::vector<int> row;
    for (int i = 0; i < 6; ++i) {
      row.push_back(std::clamp(static_cast<int>(std::lround(t + noise(random))), 0, 10));
    }
    rows.push_back(row);
  }
  const test::Direct direct(rows);
  for (const auto& items : {all_items(6), std::vector<std::size_t>{1, 3, 4}}) {
    const auto r = reliability_of(tally_of(0, 10, rows), items);
    CHECK(*r.alpha == Approx(direct.alpha(items)).margin(1e-12));
    CHECK(*r.total_sd == Approx(direct.total_sd(items)).margin(1e-12));
    for (std::size_t at = 0; at < items.size(); ++at) {
      const std::size_t i = items[at];
      CAPTURE(i);
      CHECK(r.items[at].number == static_cast<int>(i) + 1);
      CHECK(*r.items[at].item_total == Approx(direct.item_total(items, i)).margin(1e-12));
      std::vector<std::size_t> rest;
      for (const std::size_t j : items) {
        if (j != i) rest.push_back(j);
      }
      CHECK(*r.items[at].alpha_if_deleted == Approx(direct.alpha(rest)).margin(1e-12));
      CHECK(r.items[at].mean == Approx(direct.mean(i)).margin(1e-12));
      CHECK(*r.items[at].sd == Approx(direct.sd(i)).margin(1e-12));
    }
  }
}

TEST_CASE("a million nearly constant answers on 0-100 keep their variance", "[reliability]") {
  // Statement 1 is 100 except every 100,000th person's 99: variance about 1e-5 on values near 100,
  // where a sum of squares (1e10) minus n x mean² is off by 8e-8 relative. Statement 2 varies.
  constexpr int kPeople = 1000000;
  ItemTally tally(2, 0, 100);
  std::vector<std::vector<int>> rows;
  rows.reserve(kPeople);
  for (int p = 0; p < kPeople; ++p) {
    rows.push_back({p % 100000 == 7 ? 99 : 100, (p * 37) % 101});
    tally.add(rows.back());
  }
  const test::Direct direct(rows);
  const auto r = reliability_of(tally, all_items(2));
  CHECK(r.items[0].counts[99] == 10);
  CHECK(r.items[0].counts[100] == kPeople - 10);
  CHECK(*r.items[0].sd * *r.items[0].sd ==
        Approx(direct.sd(0) * direct.sd(0)).epsilon(1e-9).margin(0));
  CHECK(r.items[0].mean == Approx(direct.mean(0)).epsilon(1e-12));
  CHECK(*r.items[1].sd == Approx(direct.sd(1)).epsilon(1e-9));
  CHECK(*r.items[0].item_total == Approx(direct.item_total(all_items(2), 0)).margin(1e-9));
  CHECK(*r.alpha == Approx(direct.alpha(all_items(2))).margin(1e-9));
}

TEST_CASE("reading_of: the limits of each reading", "[reliability]") {
  CHECK(reading_of(0.8, 10) == Reading::good);
  CHECK(reading_of(0.7999, 10) == Reading::acceptable);
  CHECK(reading_of(0.7, 10) == Reading::acceptable);
  CHECK(reading_of(0.6999, 10) == Reading::loose);
  CHECK(reading_of(-0.5, 100) == Reading::loose);
  CHECK(reading_of(0.95, 9) == Reading::too_few);
  CHECK(reading_of(0.95, 10) == Reading::good);
  CHECK(reading_of(std::nullopt, 10) == Reading::undefined);
  CHECK(reading_of(std::nullopt, 100000) == Reading::undefined);
  CHECK(reading_of(std::nullopt, 9) == Reading::too_few);  // too_few takes precedence
  CHECK(kGoodAlpha == 0.8);
  CHECK(kAcceptableAlpha == 0.7);
  CHECK(kFewestPeopleToTell == 10);
  // The names scripts and the page see (engine.d.ts's Reading, the CLI's --json).
  CHECK(reading_id(Reading::acceptable) == "acceptable");
  CHECK(reading_id(Reading::too_few) == "too_few");
}

TEST_CASE("ItemTally: counts by scored value from the scale's lowest, co-moments symmetric",
          "[reliability]") {
  // Scale -2..2: value -2 is counts[0], 2 is counts[4].
  const ItemTally t = tally_of(-2, 2, {{-2, 2}, {-2, 0}, {2, 1}, {0, 1}});
  CHECK(t.n() == 4);
  CHECK(t.items() == 2U);
  CHECK(t.counts(0) == std::vector<std::int64_t>{2, 0, 1, 0, 1});
  CHECK(t.counts(1) == std::vector<std::int64_t>{0, 0, 1, 2, 1});
  // x = -2, -2, 2, 0 (mean -0.5), y = 2, 0, 1, 1 (mean 1):
  // deviations -1.5, -1.5, 2.5, 0.5 and 1, -1, 0, 0: co-moment -1.5 + 1.5 = 0; x's own 11.
  CHECK(t.mean(0) == Approx(-0.5).margin(1e-12));
  CHECK(t.comoment(0, 1) == Approx(0.0).margin(1e-12));
  CHECK(t.comoment(1, 0) == t.comoment(0, 1));
  CHECK(t.comoment(0, 0) == Approx(11.0).margin(1e-12));
  CHECK(t.comoment(1, 1) == Approx(2.0).margin(1e-12));
}
