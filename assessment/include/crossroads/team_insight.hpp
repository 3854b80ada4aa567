#pragma once
// What a team's answers say beyond their scores: how far the whole questionnaire and each theme
// can be trusted for this group (reliability.hpp), how many people's bands are too close to call,
// and a privacy floor below which no aggregate is given. Rows are taken one at a time (TeamTally),
// so the CLI, the WASM stream and the page share one pass and one set of rules.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "crossroads/questionnaire.hpp"
#include "crossroads/reliability.hpp"

namespace crossroads {

// The privacy floor: below this many people scored, no aggregate is shown.
constexpr int kDefaultMinGroup = 5;  // what HR survey platforms commonly use
constexpr int kLowestMinGroup = 3;
constexpr int kHighestMinGroup = 10;
// A band is uncertain when its total lies within kBandUncertainZ x SEM of a band edge: a 95%
// band around the observed total.
constexpr double kBandUncertainZ = 1.96;

struct ThemeReliability {
  std::size_t theme = 0;  // index into q.themes
  Reliability reliability;
};

struct TeamInsight {
  std::int64_t n = 0;         // people scored
  std::int64_t excluded = 0;  // rows that could not be scored, left out of every figure
  int min_group = kDefaultMinGroup;
  bool suppressed = false;               // n < min_group: every field below is empty
  std::optional<Reliability> total;      // the whole questionnaire
  std::vector<ThemeReliability> themes;  // each theme with at least 2 statements, in order
  // Standard error of measurement of the total: SD x sqrt(1 - alpha); none without alpha.
  std::optional<double> sem;
  std::optional<std::int64_t> band_uncertain;  // people within kBandUncertainZ x SEM of a band edge
  std::vector<std::int64_t> bands;             // people per band, questionnaire order
  // [total - q.min_total()]: 1 when a person with that total is band uncertain. Empty without SEM.
  std::vector<std::uint8_t> uncertain_totals;
};

// Whether a total lies within kBandUncertainZ x sem of a band edge. An edge lies halfway between
// two neighbouring bands' totals (49.5 and 100.5 on the built-in questionnaire).
bool is_band_uncertain(const Questionnaire& q, int total, double sem);

// Thrown by TeamTally::insight for a floor outside [kLowestMinGroup, kHighestMinGroup].
// Fronts check first and say so in their own words.
bool is_valid_min_group(int min_group);

class TeamTally {
 public:
  explicit TeamTally(const Questionnaire& q);  // keeps a reference: q must outlive it
  // A scored person: values as scored (Summary::values), one per statement.
  void add(const std::vector<int>& values);
  // A row that could not be scored.
  void add_excluded() { ++excluded_; }
  [[nodiscard]] std::int64_t n() const { return items_.n(); }
  [[nodiscard]] std::int64_t excluded() const { return excluded_; }
  // Throws std::invalid_argument unless is_valid_min_group(min_group).
  [[nodiscard]] TeamInsight insight(int min_group = kDefaultMinGroup) const;

 private:
  const Questionnaire& q_;
  ItemTally items_;
  std::vector<std::int64_t> totals_;  // people per total, [total - q.min_total()]
  std::int64_t excluded_ = 0;
};

}  // namespace crossroads
