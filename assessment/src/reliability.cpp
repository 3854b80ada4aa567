#include "crossroads/reliability.hpp"

#include <algorithm>
#include <cmath>

#include "crossroads/f_distribution.hpp"

namespace crossroads {
namespace {

// A variance at or below this share of the scale's range squared is taken as zero: rounding in
// a sum of co-moments can leave 1e-17 where the exact figure is 0, and dividing by it would
// give a correlation of any size.
constexpr double kZeroVarianceShare = 1e-12;

// The figures of one scale, from the tally's covariances.
class Scale {
 public:
  Scale(const ItemTally& tally, const std::vector<std::size_t>& items)
      : tally_(tally), items_(items) {
    const double range = std::max(1, tally.scale_max() - tally.scale_min());
    zero_ = kZeroVarianceShare * range * range;
  }

  [[nodiscard]] double cov(std::size_t i, std::size_t j) const {
    return tally_.comoment(i, j) / static_cast<double>(tally_.n() - 1);
  }
  // Variance of the total of the scale's statements, leaving out `skip` (npos: none).
  [[nodiscard]] double total_variance(std::size_t skip = kNone) const {
    double sum = 0;
    for (const std::size_t i : items_) {
      if (i == skip) continue;
      for (const std::size_t j : items_) {
        if (j != skip) sum += cov(i, j);
      }
    }
    return sum;
  }
  [[nodiscard]] double item_variances(std::size_t skip = kNone) const {
    double sum = 0;
    for (const std::size_t i : items_) {
      if (i != skip) sum += cov(i, i);
    }
    return sum;
  }
  // Cronbach's alpha of the scale without `skip`: k/(k-1) (1 - sum of variances / variance of
  // the total). None for fewer than 2 statements or a total that does not vary.
  [[nodiscard]] std::optional<double> alpha(std::size_t skip = kNone) const {
    const double k = static_cast<double>(items_.size() - (skip == kNone ? 0 : 1));
    const double total = total_variance(skip);
    if (k < 2 || !(total > zero_)) return std::nullopt;
    // At most 1, though rounding in the sums can leave it a hair above when every statement
    // agrees exactly.
    return std::min(1.0, k / (k - 1) * (1.0 - item_variances(skip) / total));
  }
  // The correlation of statement i with the total of the scale's others.
  [[nodiscard]] std::optional<double> item_total(std::size_t i) const {
    double with_rest = 0;
    for (const std::size_t j : items_) {
      if (j != i) with_rest += cov(i, j);
    }
    const double own = cov(i, i);
    const double rest = total_variance(i);
    if (!(own > zero_) || !(rest > zero_)) return std::nullopt;
    return std::clamp(with_rest / std::sqrt(own * rest), -1.0, 1.0);
  }
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

 private:
  const ItemTally& tally_;
  const std::vector<std::size_t>& items_;
  double zero_;
};

}  // namespace

ItemTally::ItemTally(std::size_t items, int scale_min, int scale_max)
    : items_(items),
      scale_min_(scale_min),
      scale_max_(scale_max),
      means_(items, 0.0),
      comoments_(items * items, 0.0),
      counts_(items * (static_cast<std::size_t>(scale_max - scale_min) + 1), 0),
      deltas_(items, 0.0) {}

void ItemTally::add(const std::vector<int>& values) {
  // Welford's update: each mean moves by its deviation / n, and the co-moment of i and j grows
  // by (x_i - old mean_i)(x_j - new mean_j). No sum of squares is kept, so nothing cancels.
  ++n_;
  const double inverse = 1.0 / static_cast<double>(n_);
  const std::size_t width = static_cast<std::size_t>(scale_max_ - scale_min_) + 1;
  for (std::size_t i = 0; i < items_; ++i) {
    deltas_[i] = values[i] - means_[i];
    means_[i] += deltas_[i] * inverse;
    ++counts_[i * width + static_cast<std::size_t>(values[i] - scale_min_)];
  }
  for (std::size_t i = 0; i < items_; ++i) {
    double* row = &comoments_[i * items_];
    const double delta = deltas_[i];
    for (std::size_t j = i; j < items_; ++j) row[j] += delta * (values[j] - means_[j]);
  }
}

double ItemTally::comoment(std::size_t i, std::size_t j) const {
  return i <= j ? comoments_[i * items_ + j] : comoments_[j * items_ + i];
}

std::vector<std::int64_t> ItemTally::counts(std::size_t item) const {
  const std::size_t width = static_cast<std::size_t>(scale_max_ - scale_min_) + 1;
  const auto first = counts_.begin() + static_cast<std::ptrdiff_t>(item * width);
  return {first, first + static_cast<std::ptrdiff_t>(width)};
}

Reading reading_of(std::optional<double> alpha, std::int64_t n) {
  if (n < kFewestPeopleToTell) return Reading::too_few;
  if (!alpha) return Reading::undefined;
  if (*alpha >= kGoodAlpha) return Reading::good;
  if (*alpha >= kAcceptableAlpha) return Reading::acceptable;
  return Reading::loose;
}

std::string_view reading_id(Reading reading) {
  switch (reading) {
    case Reading::good:
      return "good";
    case Reading::acceptable:
      return "acceptable";
    case Reading::loose:
      return "loose";
    case Reading::too_few:
      return "too_few";
    case Reading::undefined:
      break;
  }
  return "undefined";
}

std::pair<double, double> feldt_interval(double alpha, std::int64_t n, int k, double confidence) {
  const double d1 = static_cast<double>(n - 1);
  const double d2 = d1 * (k - 1);
  const double tail = (1.0 - confidence) / 2.0;
  return {1.0 - (1.0 - alpha) * f_quantile(1.0 - tail, d1, d2),
          1.0 - (1.0 - alpha) * f_quantile(tail, d1, d2)};
}

Reliability reliability_of(const ItemTally& tally, const std::vector<std::size_t>& items) {
  Reliability r;
  r.n = tally.n();
  r.k = static_cast<int>(items.size());
  const bool spread = r.n >= 2;  // a variance needs two people
  const Scale scale(tally, items);
  if (spread) {
    r.alpha = scale.alpha();
    r.total_sd = std::sqrt(std::max(0.0, scale.total_variance()));
    if (r.alpha) {
      const auto [low, high] = feldt_interval(*r.alpha, r.n, r.k);
      // An F quantile can only be infinite at degrees of freedom no team has; never show one.
      if (std::isfinite(low) && std::isfinite(high)) r.ci = std::minmax(low, high);
    }
  }
  r.reading = reading_of(r.alpha, r.n);
  r.items.reserve(items.size());
  for (const std::size_t i : items) {
    ItemStats s;
    s.number = static_cast<int>(i) + 1;
    s.mean = tally.mean(i);
    s.counts = tally.counts(i);
    if (spread) {
      s.sd = std::sqrt(std::max(0.0, scale.cov(i, i)));
      s.item_total = scale.item_total(i);
      s.alpha_if_deleted = scale.alpha(i);
    }
    r.items.push_back(std::move(s));
  }
  return r;
}

}  // namespace crossroads
