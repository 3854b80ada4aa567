// A team's insight for JavaScript (team_val.hpp): mapping only, every figure is the engine's.
#include "team_val.hpp"

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "val_sink.hpp"

namespace crossroads::bindings {
namespace {

using emscripten::val;

// A literal rather than built with std::to_string at start-up (smaller module); the assertion
// keeps it in step with the engine's floor.
static_assert(kLowestMinGroup == 3 && kHighestMinGroup == 10, "say the floor's new limits below");
constexpr const char* kBadMinGroup =
    "The smallest group shown must be a whole number from 3 to 10.";

// Counts are 64-bit in the engine; a JS number holds them exactly up to 2^53.
void count(ValSink& out, std::int64_t value) {
  out.Double(static_cast<double>(value));
}

void number_or_null(ValSink& out, const std::optional<double>& value) {
  if (value) {
    out.Double(*value);
  } else {
    out.Null();
  }
}

void write_item(ValSink& out, const ItemStats& item) {
  out.StartObject();
  out.Key("number");
  out.Int(item.number);
  out.Key("itemTotal");
  number_or_null(out, item.item_total);
  out.Key("alphaIfDeleted");
  number_or_null(out, item.alpha_if_deleted);
  out.Key("mean");
  out.Double(item.mean);
  out.Key("sd");
  number_or_null(out, item.sd);
  out.Key("counts");
  out.StartArray();
  for (const std::int64_t c : item.counts) count(out, c);
  out.EndArray();
  out.EndObject();
}

// The members of Rel, without the braces: a theme's object starts with its id.
void write_reliability_members(ValSink& out, const Reliability& r) {
  out.Key("alpha");
  number_or_null(out, r.alpha);
  out.Key("ci");
  if (r.ci) {
    out.StartArray();
    out.Double(r.ci->first);
    out.Double(r.ci->second);
    out.EndArray();
  } else {
    out.Null();
  }
  out.Key("n");
  count(out, r.n);
  out.Key("k");
  out.Int(r.k);
  out.Key("reading");
  out.String(reading_id(r.reading));  // the names engine.d.ts lists (Reading)
  out.Key("totalSd");
  number_or_null(out, r.total_sd);
  out.Key("items");
  out.StartArray();
  for (const ItemStats& item : r.items) write_item(out, item);
  out.EndArray();
}

void write_reliability(ValSink& out, const Questionnaire& q, const TeamInsight& t) {
  if (!t.total) {
    out.Null();
    return;
  }
  out.StartObject();
  out.Key("total");
  out.StartObject();
  write_reliability_members(out, *t.total);
  out.EndObject();
  out.Key("themes");
  out.StartArray();
  for (const ThemeReliability& theme : t.themes) {
    out.StartObject();
    out.Key("id");
    out.String(q.themes[theme.theme].id);
    write_reliability_members(out, theme.reliability);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

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
  out.StartObject();
  out.Key("ok");
  out.Bool(true);
  out.Key("n");
  count(out, t.n);
  out.Key("excluded");
  count(out, t.excluded);
  out.Key("minGroup");
  out.Int(t.min_group);
  out.Key("suppressed");
  out.Bool(t.suppressed);
  out.Key("reliability");
  write_reliability(out, q, t);
  out.Key("sem");
  number_or_null(out, t.sem);
  out.Key("bandUncertain");
  if (t.band_uncertain) {
    count(out, *t.band_uncertain);
  } else {
    out.Null();
  }
  out.Key("bands");
  if (t.bands.empty()) {  // suppressed
    out.Null();
  } else {
    out.StartObject();
    for (std::size_t b = 0; b < q.bands.size() && b < t.bands.size(); ++b) {
      out.Key(q.bands[b].id);
      count(out, t.bands[b]);
    }
    out.EndObject();
  }
  out.Key("uncertainTotals");
  out.Null();  // set below, in its place among the keys
  out.EndObject();
  val result = out.take();
  if (!t.uncertain_totals.empty()) {
    const auto& u = t.uncertain_totals;
    result.set("uncertainTotals",
               val(emscripten::typed_memory_view(u.size(), u.data())).call<val>("slice"));
  }
  return result;
}

}  // namespace crossroads::bindings
