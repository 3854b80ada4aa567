#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <string_view>

#include "team_report.hpp"

namespace crossroads::cli {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void key(JsonWriter& w, std::string_view name) {
  w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

void string(JsonWriter& w, std::string_view value) {
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// null for a figure that cannot be computed: JSON has no NaN, and a script must not see one.
void number(JsonWriter& w, std::optional<double> value) {
  if (value && std::isfinite(*value)) {
    w.Double(*value);
  } else {
    w.Null();
  }
}

// R's members (the caller opens the object: a theme's has its id first).
void reliability_members(JsonWriter& w, const Reliability& r) {
  key(w, "alpha");
  number(w, r.alpha);
  key(w, "ci");
  if (r.ci && std::isfinite(r.ci->first) && std::isfinite(r.ci->second)) {
    w.StartArray();
    w.Double(r.ci->first);
    w.Double(r.ci->second);
    w.EndArray();
  } else {
    w.Null();
  }
  key(w, "n");
  w.Int64(r.n);
  key(w, "k");
  w.Int(r.k);
  key(w, "reading");
  string(w, reading_id(r.reading));
  key(w, "items");
  w.StartArray();
  for (const ItemStats& item : r.items) {
    w.StartObject();
    key(w, "number");
    w.Int(item.number);
    key(w, "item_total");
    number(w, item.item_total);
    key(w, "alpha_if_deleted");
    number(w, item.alpha_if_deleted);
    key(w, "mean");
    number(w, item.mean);
    key(w, "sd");
    number(w, item.sd);
    key(w, "counts");
    w.StartArray();
    for (const std::int64_t c : item.counts) w.Int64(c);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void print_team_json(std::ostream& out, const Questionnaire& q, const TeamInsight& insight) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  key(w, "questionnaire");
  w.StartObject();
  key(w, "id");
  string(w, q.id);
  key(w, "version");
  w.Int(q.version);
  w.EndObject();
  key(w, "n");
  w.Int64(insight.n);
  key(w, "excluded");
  w.Int64(insight.excluded);
  key(w, "min_group");
  w.Int(insight.min_group);
  key(w, "suppressed");
  w.Bool(insight.suppressed);
  key(w, "reliability");
  if (insight.suppressed || !insight.total) {
    w.Null();
  } else {
    w.StartObject();
    key(w, "total");
    w.StartObject();
    reliability_members(w, *insight.total);
    w.EndObject();
    key(w, "themes");
    w.StartArray();
    for (const ThemeReliability& t : insight.themes) {
      w.StartObject();
      key(w, "id");
      string(w, q.themes[t.theme].id);
      reliability_members(w, t.reliability);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  key(w, "sem");
  number(w, insight.suppressed ? std::nullopt : insight.sem);
  key(w, "band_uncertain");
  if (!insight.suppressed && insight.band_uncertain) {
    w.Int64(*insight.band_uncertain);
  } else {
    w.Null();
  }
  key(w, "bands");
  if (insight.suppressed) {
    w.Null();
  } else {
    w.StartObject();
    for (std::size_t b = 0; b < insight.bands.size() && b < q.bands.size(); ++b) {
      key(w, q.bands[b].id);
      w.Int64(insight.bands[b]);
    }
    w.EndObject();
  }
  w.EndObject();
  out << std::string_view(buffer.GetString(), buffer.GetSize()) << '\n';
}

}  // namespace crossroads::cli
