// Whether a questionnaire's bands cover every possible total exactly once, each gap and overlap
// named with its totals, so a result always falls in one band and never in two.
#include "band_coverage.hpp"

#include <algorithm>
#include <string>

namespace crossroads::detail {

void check_coverage(const Questionnaire& q, Problems& problems) {
  const int lowest = q.min_total();
  const int highest = q.max_total();
  long long expected = lowest;  // 64-bit, so max + 1 can never overflow
  for (std::size_t i = 0; i < q.bands.size(); ++i) {
    const Band& b = q.bands[i];
    const std::string path = "bands[" + std::to_string(i) + "].min";
    if (b.min > expected) {
      problems.push_back(
          {path, "gap: totals " + std::to_string(expected) + " to " + std::to_string(b.min - 1) +
                     " belong to no band (expected min " + std::to_string(expected) + ")"});
    } else if (b.min < expected) {
      problems.push_back(
          {path,
           (i == 0 ? "starts below the lowest possible total " + std::to_string(lowest)
                   : "overlap: totals " + std::to_string(b.min) + " to " +
                         std::to_string(expected - 1) + " already belong to the band before") +
               " (expected min " + std::to_string(expected) + ")"});
    }
    expected = std::max(expected, static_cast<long long>(b.max) + 1);
  }
  if (!q.bands.empty() && q.bands.back().max != highest) {
    problems.push_back({"bands[" + std::to_string(q.bands.size() - 1) + "].max",
                        "must be the highest possible total " + std::to_string(highest) + " (" +
                            std::to_string(q.item_count()) + " statements x " +
                            std::to_string(q.scale_max) + "), found " +
                            std::to_string(q.bands.back().max)});
  }
}

}  // namespace crossroads::detail
