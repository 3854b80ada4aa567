#include "crossroads/team_insight.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace crossroads {

bool is_band_uncertain(const Questionnaire& q, int total, double sem) {
  const double reach = kBandUncertainZ * sem;
  for (std::size_t b = 0; b + 1 < q.bands.size(); ++b) {
    // Bands are in order of their totals; the edge is halfway between the two nearest totals.
    const double edge = (q.bands[b].max + q.bands[b + 1].min) / 2.0;
    if (std::fabs(total - edge) <= reach) return true;
  }
  return false;
}

bool is_valid_min_group(int min_group) {
  return min_group >= kLowestMinGroup && min_group <= kHighestMinGroup;
}

TeamTally::TeamTally(const Questionnaire& q)
    : q_(q),
      items_(q.items.size(), q.scale_min, q.scale_max),
      totals_(static_cast<std::size_t>(q.max_total() - q.min_total() + 1), 0) {}

void TeamTally::add(const std::vector<int>& values) {
  items_.add(values);
  const int total = std::accumulate(values.begin(), values.end(), 0);
  ++totals_[static_cast<std::size_t>(total - q_.min_total())];
}

TeamInsight TeamTally::insight(int min_group) const {
  if (!is_valid_min_group(min_group)) {
    throw std::invalid_argument(
        "The smallest group must be a whole number from " + std::to_string(kLowestMinGroup) +
        " to " + std::to_string(kHighestMinGroup) + ", not " + std::to_string(min_group) + ".");
  }
  TeamInsight out;
  out.n = n();
  out.excluded = excluded_;
  out.min_group = min_group;
  out.suppressed = out.n < min_group;
  if (out.suppressed) return out;

  std::vector<std::size_t> all(q_.items.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  out.total = reliability_of(items_, all);
  for (std::size_t t = 0; t < q_.themes.size(); ++t) {
    const std::vector<std::size_t> items = q_.items_of_theme(t);
    if (items.size() >= 2) out.themes.push_back({t, reliability_of(items_, items)});
  }

  out.bands.assign(q_.bands.size(), 0);
  for (std::size_t i = 0; i < totals_.size(); ++i) {
    if (totals_[i] > 0) out.bands[q_.band_of(q_.min_total() + static_cast<int>(i))] += totals_[i];
  }

  if (out.total->alpha && out.total->total_sd) {
    out.sem = *out.total->total_sd * std::sqrt(std::max(0.0, 1.0 - *out.total->alpha));
    out.uncertain_totals.assign(totals_.size(), 0);
    std::int64_t uncertain = 0;
    for (std::size_t i = 0; i < totals_.size(); ++i) {
      if (is_band_uncertain(q_, q_.min_total() + static_cast<int>(i), *out.sem)) {
        out.uncertain_totals[i] = 1;
        uncertain += totals_[i];
      }
    }
    out.band_uncertain = uncertain;
  }
  return out;
}

}  // namespace crossroads
