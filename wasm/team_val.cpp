// A team's insight for JavaScript (team_val.hpp): mapping only, every figure is the engine's and
// its form is the engine's too (write_team_insight, shared with `crossroads team --json`).
#include "team_val.hpp"

#include <cmath>

#include "crossroads/reliability.hpp"
#include "crossroads/team_insight_json.hpp"
#include "val_sink.hpp"

namespace crossroads::bindings {
namespace {

using emscripten::val;

// A literal rather than built with std::to_string at start-up (smaller module); the assertion
// keeps it in step with the engine's floor.
static_assert(kLowestMinGroup == 3 && kHighestMinGroup == 10, "say the floor's new limits below");
constexpr const char* kBadMinGroup =
    "The smallest group shown must be a whole number from 3 to 10.";

}  // namespace

Expected<int, AnswerError> min_group_from_js(const val& min_group) {
  using Read = Expected<int, AnswerError>;
  const double given = min_group.isNumber() ? min_group.as<double>() : std::nan("");
  if (std::isnan(given)) return Read::failure({ErrorCode::not_a_number, 0, kBadMinGroup});
  // Range-checked before the cast, which would be undefined for a value no int holds.
  if (!std::isfinite(given) || std::trunc(given) != given)
    return Read::failure({ErrorCode::not_an_integer, 0, kBadMinGroup});
  if (given < kLowestMinGroup || given > kHighestMinGroup ||
      !is_valid_min_group(static_cast<int>(given)))
    return Read::failure({ErrorCode::out_of_range, 0, kBadMinGroup});
  return static_cast<int>(given);
}

val team_insight_to_val(const Questionnaire& q, const TeamInsight& t) {
  ValSink out;
  write_team_insight(out, q, t);
  val result = out.take();
  result.set("ok", true);
  // A look-up by total for the page's table of people, as a typed array (no JSON form needs it).
  if (t.uncertain_totals.empty()) {
    result.set("uncertain_totals", val::null());
  } else {
    const auto& u = t.uncertain_totals;
    result.set("uncertain_totals",
               val(emscripten::typed_memory_view(u.size(), u.data())).call<val>("slice"));
  }
  return result;
}

// The rules a team's insight follows that the page shows: the privacy floor's range and usual
// value (so the page offers what the engine accepts), and where a reading of alpha changes (so a
// rounded alpha never shows an edge its reading says it did not reach).
val team_rules_to_val() {
  val floor = val::object();
  floor.set("lowest", kLowestMinGroup);
  floor.set("highest", kHighestMinGroup);
  floor.set("usual", kDefaultMinGroup);
  val edges = val::array();
  edges.call<void>("push", kAcceptableAlpha);
  edges.call<void>("push", kGoodAlpha);
  val out = val::object();
  out.set("floor", floor);
  out.set("readingEdges", edges);
  return out;
}

}  // namespace crossroads::bindings
