#pragma once
// How far a scale's statements hang together for a group of people: Cronbach's alpha with
// Feldt's 95% confidence interval, and for each statement its corrected item-total correlation,
// alpha if it were left out, mean, standard deviation and how many gave each answer.
// Everything is computed from one pass over the people (ItemTally), so 100,000 rows cost one
// read. Values are the scored ones: a reversed statement's answer a counts as min + max - a.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace crossroads {

// Where the plain-words reading changes (docs/team-insight.md says why these figures).
constexpr double kGoodAlpha = 0.8;        // "hang together well" from here
constexpr double kAcceptableAlpha = 0.7;  // "acceptably" from here, below kGoodAlpha
constexpr std::int64_t kFewestPeopleToTell =
    10;                               // below this many people: "too few people to tell"
constexpr double kConfidence = 0.95;  // of the interval around alpha

// The people's scored values, one pass: Welford's running means and co-moments (sums of
// products of deviations from the mean), in double precision, and a count per answer.
class ItemTally {
 public:
  ItemTally(std::size_t items, int scale_min, int scale_max);
  // values: one scored value per statement, each within [scale_min, scale_max].
  void add(const std::vector<int>& values);

  [[nodiscard]] std::int64_t n() const { return n_; }
  [[nodiscard]] std::size_t items() const { return items_; }
  [[nodiscard]] int scale_min() const { return scale_min_; }
  [[nodiscard]] int scale_max() const { return scale_max_; }
  [[nodiscard]] double mean(std::size_t item) const { return means_[item]; }
  // Sum over people of (x_i - mean_i)(x_j - mean_j); divide by n - 1 for the covariance.
  [[nodiscard]] double comoment(std::size_t i, std::size_t j) const;
  // How many people had each scored value, scale_min first.
  [[nodiscard]] std::vector<std::int64_t> counts(std::size_t item) const;

 private:
  std::size_t items_;
  int scale_min_;
  int scale_max_;
  std::int64_t n_ = 0;
  std::vector<double> means_;
  std::vector<double> comoments_;     // items_ x items_, row-major; only j >= i is kept
  std::vector<std::int64_t> counts_;  // items_ x (scale_max - scale_min + 1)
  std::vector<double> deltas_;        // reused from row to row
};

enum class Reading {
  good,        // alpha >= kGoodAlpha
  acceptable,  // kAcceptableAlpha <= alpha < kGoodAlpha
  loose,       // alpha < kAcceptableAlpha
  too_few,     // fewer than kFewestPeopleToTell people
  undefined,   // alpha cannot be computed: fewer than 2 people, or the totals do not vary
};
Reading reading_of(std::optional<double> alpha, std::int64_t n);
// The reading's name for scripts and the page ("good", "too_few"...); the words are the fronts'.
std::string_view reading_id(Reading reading);

struct ItemStats {
  int number = 0;                          // the statement's number in the questionnaire, from 1
  std::optional<double> item_total;        // correlation with the total of the scale's others
  std::optional<double> alpha_if_deleted;  // alpha of the scale without it; none when 2 statements
  double mean = 0;
  std::optional<double> sd;          // sample SD (n - 1); none for n < 2
  std::vector<std::int64_t> counts;  // people per scored value, scale_min first
};

struct Reliability {
  std::int64_t n = 0;                           // people counted
  int k = 0;                                    // statements in the scale
  std::optional<double> alpha;                  // none: n < 2 or the scale's total is constant
  std::optional<std::pair<double, double>> ci;  // Feldt, kConfidence; none without alpha
  std::optional<double> total_sd;               // SD of the scale's total; none for n < 2
  Reading reading = Reading::undefined;
  std::vector<ItemStats> items;  // in the order given
};

// The reliability of the scale made of these statements (indices into the tally, at least 2).
// Undefined figures are nullopt, never NaN.
Reliability reliability_of(const ItemTally& tally, const std::vector<std::size_t>& items);

// Feldt's interval: 1 - (1 - alpha) F(1 - g/2) to 1 - (1 - alpha) F(g/2), g = 1 - confidence,
// with n - 1 and (n - 1)(k - 1) degrees of freedom. Needs n >= 2 and k >= 2.
std::pair<double, double> feldt_interval(double alpha, std::int64_t n, int k,
                                         double confidence = kConfidence);

}  // namespace crossroads
