// The insight rules written out straight from docs/questionnaire-schema.md, compared with the
// engine on random questionnaires (scales, item counts, bands and reversed statements).
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <set>

#include "crossroads/insight.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

bool has(const std::vector<Quality>& notes, Quality n) {
  return std::find(notes.begin(), notes.end(), n) != notes.end();
}

}  // namespace

namespace {

// The rules written out straight from docs/questionnaire-schema.md, with plain arithmetic, to
// compare against the engine on random questionnaires.
struct Reference {
  const Questionnaire& q;

  [[nodiscard]] std::optional<Margin> margin(int total) const {
    const std::size_t own = q.band_of(total);
    std::optional<Margin> best;
    // fewest points to land in another band; walk outwards, lower band first on a tie
    for (int d = 1; d <= q.max_total() - q.min_total() && !best; ++d) {
      if (total - d >= q.min_total() && q.band_of(total - d) != own)
        best = Margin{d, q.band_of(total - d)};
      else if (total + d <= q.max_total() && q.band_of(total + d) != own)
        best = Margin{d, q.band_of(total + d)};
    }
    return best;
  }

  [[nodiscard]] Drivers drivers(const std::vector<int>& values) const {
    const double middle = (q.scale_min + q.scale_max) / 2.0;
    Drivers d;
    for (const bool high : {false, true}) {
      std::vector<std::pair<double, int>> pulls;
      for (std::size_t i = 0; i < values.size(); ++i) {
        const double toward = high ? values[i] - middle : middle - values[i];
        // a fifth of the range from the middle (2 points on 0-10)
        if (toward >= (q.scale_max - q.scale_min) / 5.0)
          pulls.emplace_back(toward, static_cast<int>(i) + 1);
      }
      std::stable_sort(pulls.begin(), pulls.end(),
                       [](auto& a, auto& b) { return a.first > b.first; });
      auto& out = high ? d.high : d.low;
      for (std::size_t i = 0; i < pulls.size() && i < 3; ++i) out.push_back(pulls[i].second);
    }
    return d;
  }

  [[nodiscard]] Shape shape(const std::vector<int>& values) const {
    const double range = q.scale_max - q.scale_min;
    const double middle = (q.scale_min + q.scale_max) / 2.0;
    const auto n = static_cast<double>(values.size());
    int low = 0, high = 0, centre = 0;
    for (const int v : values) {
      if (v - q.scale_min <= range / 5) ++low;
      if (q.scale_max - v <= range / 5) ++high;
      if (std::abs(v - middle) <= range / 10) ++centre;
    }
    if (low >= std::ceil(n / 5) && high >= std::ceil(n / 5)) return Shape::split;
    if (centre >= std::ceil(3 * n / 5)) return Shape::centred;
    return Shape::consistent;
  }

  [[nodiscard]] bool mostly_middle(const std::vector<int>& answers) const {
    if ((q.scale_min + q.scale_max) % 2 != 0) return false;
    const auto at = std::count(answers.begin(), answers.end(), (q.scale_min + q.scale_max) / 2);
    return static_cast<double>(at) >= std::ceil(4.0 * static_cast<double>(answers.size()) / 5);
  }
};

}  // namespace

TEST_CASE("property: insight rules match the written rules on random questionnaires",
          "[insight][property]") {
  std::mt19937 rng(5150);
  for (int round = 0; round < 60; ++round) {
    test::Spec s;
    const int range = std::uniform_int_distribution<int>(1, 100)(rng);
    s.min = std::uniform_int_distribution<int>(-20, 20)(rng);
    s.max = s.min + range;
    s.items = std::uniform_int_distribution<int>(1, 40)(rng);
    s.themes = std::uniform_int_distribution<int>(1, std::min(s.items, 6))(rng);
    // random band cut points
    const int lo = s.items * s.min;
    const int hi = s.items * s.max;
    const int nbands = std::uniform_int_distribution<int>(1, std::min(5, hi - lo + 1))(rng);
    std::set<int> cuts;
    while (static_cast<int>(cuts.size()) < nbands - 1)
      cuts.insert(std::uniform_int_distribution<int>(lo + 1, hi)(rng));
    int start = lo;
    for (const int c : cuts) {
      s.bands.emplace_back(start, c - 1);
      start = c;
    }
    s.bands.emplace_back(start, hi);
    for (int i = 1; i <= s.items; ++i) {
      if (rng() % 4 == 0) s.reverse.insert(i);
    }
    const auto q = test::load(s);
    const Reference ref{q};
    CAPTURE(s.min, s.max, s.items, s.bands.size());

    for (int t = lo; t <= hi; t += std::max(1, (hi - lo) / 300)) {
      const auto got = margin_of(q, t);
      const auto want = ref.margin(t);
      REQUIRE(got.has_value() == want.has_value());
      if (got) {
        CAPTURE(t);
        REQUIRE(got->points == want->points);
        REQUIRE(got->toward == want->toward);
        // borderline: at most one thirtieth of the range of possible totals
        REQUIRE(is_borderline(q, got) == (got->points * 30 <= hi - lo));
      }
    }
    std::uniform_int_distribution<int> answer(s.min, s.max);
    for (int n = 0; n < 200; ++n) {
      std::vector<int> a(static_cast<std::size_t>(s.items));
      // mix uniform answers with answers piled at the ends and the middle
      const int style = n % 3;
      for (auto& x : a) {
        x = answer(rng);
        if (style == 1 && rng() % 2) x = rng() % 2 ? s.min : s.max;
        if (style == 2 && rng() % 2) x = (s.min + s.max) / 2;
      }
      const auto r = test::score_ok(q, a);
      const auto d = ref.drivers(r.values);
      REQUIRE(r.drivers.low == d.low);
      REQUIRE(r.drivers.high == d.high);
      REQUIRE(r.shape == ref.shape(r.values));
      REQUIRE(has(r.quality, Quality::mostly_middle) == ref.mostly_middle(a));
      REQUIRE(has(r.quality, Quality::straight_line) ==
              (a.size() > 1 && std::all_of(a.begin(), a.end(), [&](int v) { return v == a[0]; })));
    }
  }
}
