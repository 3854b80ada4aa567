#include "crossroads/team_insight_json.hpp"

#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

#include "json_sink.hpp"

namespace crossroads {
namespace {

// null for a figure that cannot be computed: neither JSON nor a page may show a NaN.
void number(Sink& w, std::optional<double> value) {
  if (value && std::isfinite(*value)) {
    w.Double(*value);
  } else {
    w.Null();
  }
}

void count(Sink& w, std::int64_t value) {
  w.Count(static_cast<double>(value));
}

void item_members(Sink& w, const ItemStats& item) {
  w.Key("number");
  w.Int(item.number);
  w.Key("item_total");
  number(w, item.item_total);
  w.Key("alpha_if_deleted");
  number(w, item.alpha_if_deleted);
  w.Key("mean");
  number(w, item.mean);
  w.Key("sd");
  number(w, item.sd);
  w.Key("counts");
  w.StartArray();
  for (const std::int64_t c : item.counts) count(w, c);
  w.EndArray();
}

// R's members (the caller opens the object: a theme's has its id first).
void reliability_members(Sink& w, const Reliability& r) {
  w.Key("alpha");
  number(w, r.alpha);
  w.Key("ci");
  if (r.ci && std::isfinite(r.ci->first) && std::isfinite(r.ci->second)) {
    w.StartArray();
    w.Double(r.ci->first);
    w.Double(r.ci->second);
    w.EndArray();
  } else {
    w.Null();
  }
  w.Key("n");
  count(w, r.n);
  w.Key("k");
  w.Int(r.k);
  w.Key("reading");
  w.String(reading_id(r.reading));
  w.Key("total_sd");
  number(w, r.total_sd);
  w.Key("items");
  w.StartArray();
  for (const ItemStats& item : r.items) {
    w.StartObject();
    item_members(w, item);
    w.EndObject();
  }
  w.EndArray();
}

void reliability(Sink& w, const Questionnaire& q, const TeamInsight& insight) {
  if (insight.suppressed || !insight.total) {
    w.Null();
    return;
  }
  w.StartObject();
  w.Key("total");
  w.StartObject();
  reliability_members(w, *insight.total);
  w.EndObject();
  w.Key("themes");
  w.StartArray();
  for (const ThemeReliability& t : insight.themes) {
    w.StartObject();
    w.Key("id");
    w.String(q.themes[t.theme].id);
    reliability_members(w, t.reliability);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_team_insight(Sink& w, const Questionnaire& q, const TeamInsight& insight) {
  w.StartObject();
  w.Key("questionnaire");
  w.StartObject();
  w.Key("id");
  w.String(q.id);
  w.Key("version");
  w.Int(q.version);
  w.EndObject();
  w.Key("n");
  count(w, insight.n);
  w.Key("excluded");
  count(w, insight.excluded);
  w.Key("min_group");
  w.Int(insight.min_group);
  w.Key("suppressed");
  w.Bool(insight.suppressed);
  w.Key("reliability");
  reliability(w, q, insight);
  w.Key("sem");
  number(w, insight.suppressed ? std::nullopt : insight.sem);
  w.Key("band_uncertain");
  if (!insight.suppressed && insight.band_uncertain) {
    count(w, *insight.band_uncertain);
  } else {
    w.Null();
  }
  w.Key("bands");
  if (insight.suppressed) {
    w.Null();
  } else {
    w.StartObject();
    for (std::size_t b = 0; b < insight.bands.size() && b < q.bands.size(); ++b) {
      w.Key(q.bands[b].id);
      count(w, insight.bands[b]);
    }
    w.EndObject();
  }
  w.EndObject();
}

std::string team_insight_to_json(const Questionnaire& q, const TeamInsight& insight) {
  return json_of([&](Sink& w) { write_team_insight(w, q, insight); });
}

}  // namespace crossroads
