#include "crossroads/insight.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace crossroads {
namespace {

// Share of the answers, rounded up: the thresholds are fifths so they scale with the item count.
int fifths(const Questionnaire& q, int how_many) {
  return (q.item_count() * how_many + 4) / 5;
}

// Twice the distance from the middle of the scale, so odd scales need no fractions.
int pull(const Questionnaire& q, int value) {
  return 2 * value - (q.scale_min + q.scale_max);
}

}  // namespace

std::string_view shape_name(Shape s) {
  switch (s) {
    case Shape::split:
      return "split";
    case Shape::centred:
      return "centred";
    case Shape::consistent:
      return "consistent";
  }
  return "consistent";
}

std::string_view quality_name(Quality q) {
  switch (q) {
    case Quality::straight_line:
      return "straight_line";
    case Quality::mostly_middle:
      return "mostly_middle";
    case Quality::fast:
      return "fast";
  }
  return "fast";
}

std::string_view end_name(End e) {
  switch (e) {
    case End::low:
      return "low";
    case End::middle:
      return "middle";
    case End::high:
      return "high";
  }
  return "middle";
}

End end_of(const Questionnaire& q, int answer) {
  const int p = pull(q, answer);
  return p < 0 ? End::low : p > 0 ? End::high : End::middle;
}

std::optional<Margin> margin_of(const Questionnaire& q, int total) {
  const std::size_t band = q.band_of(total);
  std::optional<Margin> best;
  if (band > 0) best = Margin{total - q.bands[band].min + 1, band - 1};
  if (band + 1 < q.bands.size()) {
    const Margin up{q.bands[band].max - total + 1, band + 1};
    if (!best || up.points < best->points) best = up;
  }
  return best;
}

bool is_borderline(const Questionnaire& q, const std::optional<Margin>& margin) {
  return margin && margin->points * 30 <= q.max_total() - q.min_total();
}

Drivers drivers_of(const Questionnaire& q, const std::vector<int>& values) {
  // A fifth of the range from the middle (2 points on 0-10), compared doubled like pull().
  const int range = q.scale_max - q.scale_min;
  const auto counts = [range](int p) { return p * 5 >= 2 * range; };
  // (strength, number) pairs; sorted strongest first, ties in statement order.
  const auto strongest = [](std::vector<std::pair<int, int>>& v) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const auto n = std::min<std::size_t>(v.size(), 3);  // at most three drivers a pole
    std::vector<int> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(v[i].second);
    return out;
  };
  std::vector<std::pair<int, int>> low;
  std::vector<std::pair<int, int>> high;
  low.reserve(values.size());
  high.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int p = pull(q, values[i]);
    const int number = static_cast<int>(i) + 1;
    if (counts(-p)) low.emplace_back(-p, number);
    if (counts(p)) high.emplace_back(p, number);
  }
  return {strongest(low), strongest(high)};
}

Shape shape_of(const Questionnaire& q, const std::vector<int>& values) {
  const int range = q.scale_max - q.scale_min;
  int strong_low = 0;
  int strong_high = 0;
  int middle = 0;
  for (const int v : values) {
    if ((v - q.scale_min) * 5 <= range) ++strong_low;
    if ((q.scale_max - v) * 5 <= range) ++strong_high;
    if (std::abs(pull(q, v)) * 10 <= 2 * range) ++middle;
  }
  if (strong_low >= fifths(q, 1) && strong_high >= fifths(q, 1)) return Shape::split;
  if (middle >= fifths(q, 3)) return Shape::centred;
  return Shape::consistent;
}

std::vector<Quality> quality_of(const Questionnaire& q, const std::vector<int>& answers,
                                std::optional<double> seconds) {
  std::vector<Quality> out;
  if (answers.size() > 1 &&
      std::all_of(answers.begin(), answers.end(), [&](int a) { return a == answers.front(); })) {
    out.push_back(Quality::straight_line);
  }
  if (const auto mid = q.middle()) {
    const auto at_mid = std::count(answers.begin(), answers.end(), *mid);
    if (at_mid >= fifths(q, 4)) out.push_back(Quality::mostly_middle);
  }
  if (seconds && *seconds >= 0 && *seconds < 2.0 * q.item_count()) out.push_back(Quality::fast);
  return out;
}

std::size_t leaning_of(const Questionnaire& q, int subtotal, int theme_min, int theme_max) {
  const std::int64_t total_range = q.max_total() - q.min_total();
  const std::int64_t theme_range = theme_max - theme_min;
  std::size_t band = 0;
  for (std::size_t b = 0; b < q.bands.size(); ++b) {
    if (static_cast<std::int64_t>(subtotal - theme_min) * total_range >=
        static_cast<std::int64_t>(q.bands[b].min - q.min_total()) * theme_range) {
      band = b;
    }
  }
  return band;
}

}  // namespace crossroads
