#pragma once
// Helpers for the reliability and team insight tests: a tally from rows of scored values, a
// direct two-pass computation in long double to check the one-pass figures against, a check that
// no figure is NaN, and pingouin's documented example data.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <functional>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "crossroads/reliability.hpp"
#include "crossroads/team_insight.hpp"
#include "test_support.hpp"

namespace test {

inline crossroads::ItemTally tally_of(int min, int max, const std::vector<std::vector<int>>& rows) {
  crossroads::ItemTally tally(rows.empty() ? 0 : rows.front().size(), min, max);
  for (const auto& row : rows) tally.add(row);
  return tally;
}

inline std::vector<std::size_t> all_items(std::size_t k) {
  std::vector<std::size_t> out(k);
  std::iota(out.begin(), out.end(), std::size_t{0});
  return out;
}

// Every figure that is given is a number: undefined ones are nullopt, never NaN or infinite.
inline void check_no_nan(const crossroads::Reliability& r) {
  if (r.alpha) CHECK(std::isfinite(*r.alpha));
  if (r.ci) CHECK((std::isfinite(r.ci->first) && std::isfinite(r.ci->second)));
  if (r.total_sd) CHECK(std::isfinite(*r.total_sd));
  for (const auto& item : r.items) {
    CHECK(std::isfinite(item.mean));
    if (item.sd) CHECK(std::isfinite(*item.sd));
    if (item.item_total) CHECK(std::isfinite(*item.item_total));
    if (item.alpha_if_deleted) CHECK(std::isfinite(*item.alpha_if_deleted));
  }
}

// Two reliabilities are the same figure for figure (bit for bit: same rows in the same order).
inline void check_same(const crossroads::Reliability& a, const crossroads::Reliability& b) {
  CHECK(a.n == b.n);
  CHECK(a.k == b.k);
  CHECK(a.alpha == b.alpha);
  CHECK(a.ci == b.ci);
  CHECK(a.total_sd == b.total_sd);
  CHECK(a.reading == b.reading);
  REQUIRE(a.items.size() == b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    CAPTURE(i);
    CHECK(a.items[i].number == b.items[i].number);
    CHECK(a.items[i].item_total == b.items[i].item_total);
    CHECK(a.items[i].alpha_if_deleted == b.items[i].alpha_if_deleted);
    CHECK(a.items[i].mean == b.items[i].mean);
    CHECK(a.items[i].sd == b.items[i].sd);
    CHECK(a.items[i].counts == b.items[i].counts);
  }
}

inline void check_same(const crossroads::TeamInsight& a, const crossroads::TeamInsight& b) {
  CHECK(a.n == b.n);
  CHECK(a.excluded == b.excluded);
  CHECK(a.min_group == b.min_group);
  CHECK(a.suppressed == b.suppressed);
  REQUIRE(a.total.has_value() == b.total.has_value());
  if (a.total) check_same(*a.total, *b.total);
  REQUIRE(a.themes.size() == b.themes.size());
  for (std::size_t t = 0; t < a.themes.size(); ++t) {
    CHECK(a.themes[t].theme == b.themes[t].theme);
    check_same(a.themes[t].reliability, b.themes[t].reliability);
  }
  CHECK(a.sem == b.sem);
  CHECK(a.band_uncertain == b.band_uncertain);
  CHECK(a.bands == b.bands);
  CHECK(a.uncertain_totals == b.uncertain_totals);
}

// The textbook formulas, each variance by two passes (mean first, then squared deviations) in
// long double, straight from the people's values: no co-moments, no one-pass update.
class Direct {
 public:
  explicit Direct(const std::vector<std::vector<int>>& rows) : rows_(rows) {}

  [[nodiscard]] double mean(std::size_t i) const {
    return static_cast<double>(mean_of([&](const auto& row) { return row[i]; }));
  }
  [[nodiscard]] double sd(std::size_t i) const {
    return std::sqrt(static_cast<double>(var_of([&](const auto& row) { return row[i]; })));
  }
  [[nodiscard]] double total_sd(const std::vector<std::size_t>& items) const {
    return std::sqrt(static_cast<double>(var_of(sum(items))));
  }
  // k/(k-1) (1 - sum of variances / variance of the total)
  [[nodiscard]] double alpha(const std::vector<std::size_t>& items) const {
    long double variances = 0;
    for (const std::size_t i : items) variances += var_of([&](const auto& row) { return row[i]; });
    const long double k = items.size();
    return static_cast<double>(k / (k - 1) * (1 - variances / var_of(sum(items))));
  }
  // The correlation of statement i with the total of the others in items.
  [[nodiscard]] double item_total(const std::vector<std::size_t>& items, std::size_t i) const {
    std::vector<std::size_t> rest;
    for (const std::size_t j : items) {
      if (j != i) rest.push_back(j);
    }
    const auto x = [&](const std::vector<int>& row) { return static_cast<long double>(row[i]); };
    const auto y = sum(rest);
    const long double mx = mean_of(x);
    const long double my = mean_of(y);
    long double sxy = 0;
    long double sxx = 0;
    long double syy = 0;
    for (const auto& row : rows_) {
      sxy += (x(row) - mx) * (y(row) - my);
      sxx += (x(row) - mx) * (x(row) - mx);
      syy += (y(row) - my) * (y(row) - my);
    }
    return static_cast<double>(sxy / std::sqrt(sxx * syy));
  }

 private:
  // A person's total over the given statements.
  using Value = std::function<long double(const std::vector<int>&)>;
  [[nodiscard]] static Value sum(std::vector<std::size_t> items) {
    return [items](const std::vector<int>& row) {
      long double s = 0;
      for (const std::size_t i : items) s += row[i];
      return s;
    };
  }
  template <typename F>
  [[nodiscard]] long double mean_of(F value) const {
    long double s = 0;
    for (const auto& row : rows_) s += value(row);
    return s / static_cast<long double>(rows_.size());
  }
  template <typename F>
  [[nodiscard]] long double var_of(F value) const {
    const long double m = mean_of(value);
    long double s = 0;
    for (const auto& row : rows_) s += (value(row) - m) * (value(row) - m);
    return s / static_cast<long double>(rows_.size() - 1);
  }
  const std::vector<std::vector<int>>& rows_;
};

// pingouin's documented data set (tests/fixtures/reference/README.md): 15 people x 10
// statements on a 1-7 scale, one row per person.
inline std::vector<std::vector<int>> pingouin_rows() {
  std::vector<std::vector<int>> rows;
  std::istringstream lines(source_file("tests/fixtures/reference/pingouin_cronbach_alpha.csv"));
  std::string line;
  std::getline(lines, line);  // Subj,Q1..Q10
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string field;
    std::getline(fields, field, ',');  // the person's number
    std::vector<int> row;
    while (std::getline(fields, field, ',')) row.push_back(std::stoi(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace test
