#include "crossroads/team_insight.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace crossroads {

namespace {

// The edge between band b and band b + 1: halfway between the two nearest totals.
double edge_after(const Questionnaire& q, std::size_t b) {
  return (q.bands[b].max + q.bands[b + 1].min) / 2.0;
}

bool near_edge(int total, double edge, double sem) {
  return std::fabs(total - edge) <= kBandUncertainZ * sem;
}

}  // namespace

bool is_band_uncertain(const Questionnaire& q, int total, double sem) {
  for (std::size_t b = 0; b + 1 < q.bands.size(); ++b) {
    if (near_edge(total, edge_after(q, b), sem)) return true;
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

  // Bands are contiguous and in order of their totals, so one sweep sorts the totals into them
  // (a questionnaire may have thousands of bands).
  out.bands.assign(q_.bands.size(), 0);
  std::size_t band = 0;
  for (std::size_t i = 0; i < totals_.size(); ++i) {
    const int total = q_.min_total() + static_cast<int>(i);
    while (band + 1 < q_.bands.size() && total > q_.bands[band].max) ++band;
    out.bands[band] += totals_[i];
  }

  if (out.total->alpha && out.total->total_sd) {
    // A negative alpha (answers that run against each other) is a sampling artefact, not an
    // error larger than the spread itself: it counts as 0, so the SEM never exceeds the SD.
    const double alpha = std::clamp(*out.total->alpha, 0.0, 1.0);
    out.sem = *out.total->total_sd * std::sqrt(1.0 - alpha);
    out.uncertain_totals.assign(totals_.size(), 0);
    // Only the totals around each edge can be near it; each is checked with the rule itself.
    const double reach = kBandUncertainZ * *out.sem;
    const auto last = static_cast<double>(totals_.size() - 1);
    for (std::size_t b = 0; b + 1 < q_.bands.size(); ++b) {
      const double edge = edge_after(q_, b) - q_.min_total();
      const auto from =
          static_cast<std::size_t>(std::clamp(std::floor(edge - reach) - 1, 0.0, last));
      const auto to = static_cast<std::size_t>(std::clamp(std::ceil(edge + reach) + 1, 0.0, last));
      for (std::size_t i = from; i <= to; ++i) {
        if (near_edge(q_.min_total() + static_cast<int>(i), edge + q_.min_total(), *out.sem)) {
          out.uncertain_totals[i] = 1;
        }
      }
    }
    std::int64_t uncertain = 0;
    for (std::size_t i = 0; i < totals_.size(); ++i) {
      if (out.uncertain_totals[i] != 0) uncertain += totals_[i];
    }
    out.band_uncertain = uncertain;
  }
  return out;
}

}  // namespace crossroads
