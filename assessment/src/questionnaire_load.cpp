// Reads a questionnaire definition and checks everything a person could get wrong in one,
// collecting all problems instead of stopping at the first, so an author fixes them in one pass.
#include <rapidjson/document.h>

#include <algorithm>
#include <climits>
#include <set>
#include <string>

#include "band_coverage.hpp"
#include "crossroads/questionnaire.hpp"
#include "json_fields.hpp"
#include "strict_json.hpp"
#include "translation_read.hpp"

namespace crossroads {
namespace {

using Value = rapidjson::Value;
using json::Fields;
using json::quoted;

constexpr int kMaxItems = 200;
constexpr int kMaxScaleRange = 100;
constexpr int kMaxScaleMagnitude = 1000;
// Bands hold totals, so no band edge can lie beyond 200 statements at the scale's extreme.
constexpr long long kMaxBandMagnitude = static_cast<long long>(kMaxItems) * kMaxScaleMagnitude;

// True when v lies outside -magnitude..magnitude.
bool beyond(long long v, long long magnitude) {
  return v < -magnitude || v > magnitude;
}

// A whole number as a message shows it: json::whole_number saturates beyond 64 bits, and
// "found 9223372036854775807" for 1e300 would be a number the file never held.
std::string shown_number(long long n) {
  return n == LLONG_MAX || n == LLONG_MIN ? "a number beyond 64 bits" : std::to_string(n);
}

Text read_text(const Value& v, const std::string& path, Problems& problems) {
  Fields f(v, path, problems);
  Text t{f.text("title"), f.text("explanation")};
  f.reject_unknown();
  return t;
}

Pole read_pole(const Value& v, const std::string& path, Problems& problems) {
  Fields f(v, path, problems);
  Pole p{f.identifier("id"), f.text("label")};
  f.reject_unknown();
  return p;
}

bool read_scale(Fields& root, Questionnaire& q, Problems& problems) {
  const Value* scale = root.object("scale");
  if (scale == nullptr) return false;
  Fields f(*scale, "scale", problems);
  const auto lo = f.integer("min");
  const auto hi = f.integer("max");
  f.reject_unknown();
  if (!lo || !hi) return false;
  if (beyond(*lo, kMaxScaleMagnitude) || beyond(*hi, kMaxScaleMagnitude)) {
    problems.push_back({"scale", "min and max must lie between -1000 and 1000"});
  } else if (*hi <= *lo) {
    problems.push_back(
        {"scale.max", "must be greater than scale.min (" + std::to_string(*lo) + ")"});
  } else if (*hi - *lo > kMaxScaleRange) {
    problems.push_back({"scale", "may span at most 100 points"});
  } else {
    q.scale_min = static_cast<int>(*lo);
    q.scale_max = static_cast<int>(*hi);
    return true;
  }
  return false;
}

void read_themes(Fields& root, Questionnaire& q, Problems& problems) {
  const Value* themes = root.array("themes");
  if (themes == nullptr) return;
  if (themes->Empty()) problems.push_back({"themes", "must list at least one theme"});
  std::set<std::string> ids;
  for (rapidjson::SizeType i = 0; i < themes->Size(); ++i) {
    const std::string path = "themes[" + std::to_string(i) + "]";
    const Value& v = (*themes)[i];
    if (!v.IsObject()) {
      problems.push_back({path, "must be an object"});
      continue;
    }
    Fields f(v, path, problems);
    Theme t{f.identifier("id"), f.text("title"), f.text("description", false, true)};
    f.reject_unknown();
    if (!t.id.empty() && !ids.insert(t.id).second)
      f.problem("id", "duplicate theme id " + quoted(t.id));
    q.themes.push_back(std::move(t));
  }
}

std::string theme_list(const Questionnaire& q) {
  std::string out;
  for (const auto& t : q.themes) out += (out.empty() ? "" : ", ") + t.id;
  return out;
}

void read_items(Fields& root, Questionnaire& q, Problems& problems) {
  const Value* items = root.array("items");
  if (items == nullptr) return;
  if (items->Empty() || items->Size() > kMaxItems) {
    problems.push_back({"items", "must list between 1 and 200 statements, found " +
                                     std::to_string(items->Size())});
    if (items->Empty()) return;
  }
  std::set<std::string> ids;
  const rapidjson::SizeType count = std::min<rapidjson::SizeType>(items->Size(), kMaxItems);
  for (rapidjson::SizeType i = 0; i < count; ++i) {
    const std::string path = "items[" + std::to_string(i) + "]";
    const std::string who = "statement " + std::to_string(i + 1);
    const Value& v = (*items)[i];
    if (!v.IsObject()) {
      problems.push_back({path, who + " must be an object"});
      q.items.emplace_back();  // still counts toward the possible totals
      continue;
    }
    Fields f(v, path, problems);
    Item item;
    item.id = f.identifier("id");
    const std::string theme = f.text("theme");
    item.prompt = f.text("prompt");
    item.short_label = f.text("short");
    item.low = f.text("low");
    item.high = f.text("high");
    item.reverse = f.boolean("reverse", false);
    f.reject_unknown();
    const auto found = std::find_if(q.themes.begin(), q.themes.end(),
                                    [&](const Theme& t) { return t.id == theme; });
    if (found == q.themes.end()) {
      if (!theme.empty()) {
        f.problem("theme", who + ": theme " + quoted(theme) + " is not one of the themes (" +
                               theme_list(q) + ")");
      }
    } else {
      item.theme = static_cast<std::size_t>(found - q.themes.begin());
    }
    if (!item.id.empty() && !ids.insert(item.id).second) {
      f.problem("id", who + ": duplicate statement id " + quoted(item.id));
    }
    q.items.push_back(std::move(item));
  }
}

void read_bands(Fields& root, Questionnaire& q, Problems& problems) {
  const Value* bands = root.array("bands");
  if (bands == nullptr) return;
  if (bands->Empty()) {
    problems.push_back({"bands", "must list at least one band"});
    return;
  }
  std::set<std::string> ids;
  for (rapidjson::SizeType i = 0; i < bands->Size(); ++i) {
    const std::string path = "bands[" + std::to_string(i) + "]";
    const Value& v = (*bands)[i];
    if (!v.IsObject()) {
      problems.push_back({path, "must be an object"});
      continue;
    }
    Fields f(v, path, problems);
    Band b;
    b.id = f.identifier("id");
    const auto lo = f.integer("min");
    const auto hi = f.integer("max");
    b.title = f.text("title");
    b.summary = f.text("summary");
    b.explanation = f.text("explanation");
    b.advice = f.texts("advice");
    b.next_steps = f.texts("next_steps");
    b.questions = f.texts("questions");
    f.reject_unknown();
    if (!b.id.empty() && !ids.insert(b.id).second)
      f.problem("id", "duplicate band id " + quoted(b.id));
    if (!lo || !hi) continue;
    if (beyond(*lo, kMaxBandMagnitude) || beyond(*hi, kMaxBandMagnitude)) {
      f.problem(beyond(*lo, kMaxBandMagnitude) ? "min" : "max",
                "must lie between -" + std::to_string(kMaxBandMagnitude) + " and " +
                    std::to_string(kMaxBandMagnitude) + " (" + std::to_string(kMaxItems) +
                    " statements at a scale end of " + std::to_string(kMaxScaleMagnitude) + ")");
      continue;
    }
    b.min = static_cast<int>(*lo);
    b.max = static_cast<int>(*hi);
    if (b.max < b.min) f.problem("max", "must not be below min (" + std::to_string(b.min) + ")");
    q.bands.push_back(std::move(b));
  }
}

void check_themes_used(const Questionnaire& q, Problems& problems) {
  for (std::size_t t = 0; t < q.themes.size(); ++t) {
    if (q.items_of_theme(t).empty()) {
      problems.push_back({"themes[" + std::to_string(t) + "]",
                          "theme " + quoted(q.themes[t].id) + " has no statements"});
    }
  }
}

void read_optional_texts(Fields& root, Questionnaire& q, Problems& problems) {
  if (const Value* shapes = root.object("shapes", false)) {
    Fields f(*shapes, "shapes", problems);
    ShapeTexts s;
    for (auto [name, target] : {std::pair{"split", &s.split}, std::pair{"centred", &s.centred},
                                std::pair{"consistent", &s.consistent}}) {
      if (const Value* v = f.object(name)) *target = read_text(*v, f.at(name), problems);
    }
    f.reject_unknown();
    q.shapes = s;
  }
  if (const Value* quality = root.object("quality", false)) {
    Fields f(*quality, "quality", problems);
    q.quality = QualityTexts{f.text("straight_line"), f.text("mostly_middle"), f.text("fast")};
    f.reject_unknown();
  }
}

}  // namespace

Expected<Questionnaire, Problems> load_questionnaire(std::string_view json) {
  auto parsed = json::parse(json);
  if (!parsed) return Expected<Questionnaire, Problems>::failure({{"", parsed.error()}});
  const rapidjson::Document& doc = parsed.value();
  if (!doc.IsObject()) {
    return Expected<Questionnaire, Problems>::failure(
        {{"", "a questionnaire must be a JSON object"}});
  }
  Problems problems;
  Questionnaire q;
  Fields root(doc, "", problems);
  if (const auto format = root.integer("format"); format && *format != 1) {
    root.problem("format",
                 "must be 1 (this engine reads format 1), found " + shown_number(*format));
  }
  root.text("$schema", false, true);  // lets an editor find the schema; the engine needs none
  q.id = root.identifier("id");
  if (const auto version = root.integer("version")) {
    if (*version < 1) root.problem("version", "must be 1 or more");
    if (*version > INT_MAX) root.problem("version", "must be at most " + std::to_string(INT_MAX));
    q.version = static_cast<int>(std::clamp<long long>(*version, INT_MIN, INT_MAX));
  }
  q.title = root.text("title");
  q.intro = root.text("intro", false, true);
  q.credit = root.text("credit", false);
  q.about = root.texts("about");
  const bool scale_ok = read_scale(root, q, problems);
  if (const Value* poles = root.object("poles")) {
    Fields f(*poles, "poles", problems);
    if (const Value* low = f.object("low")) q.low = read_pole(*low, "poles.low", problems);
    if (const Value* high = f.object("high")) q.high = read_pole(*high, "poles.high", problems);
    f.reject_unknown();
    if (!q.low.id.empty() && q.low.id == q.high.id) {
      problems.push_back({"poles.high.id", "must differ from poles.low.id"});
    }
  }
  read_themes(root, q, problems);
  read_items(root, q, problems);
  read_bands(root, q, problems);
  read_optional_texts(root, q, problems);
  // After every text of the questionnaire's own: each translation is checked against them.
  detail::read_languages(root, q, problems);
  root.reject_unknown();
  check_themes_used(q, problems);
  // Coverage needs the scale and the item count; bands that failed to parse were not kept.
  const bool bands_complete = [&] {
    const Value* bands = doc.HasMember("bands") ? &doc["bands"] : nullptr;
    return bands != nullptr && bands->IsArray() && bands->Size() == q.bands.size();
  }();
  const bool items_complete =
      doc.HasMember("items") && doc["items"].IsArray() && doc["items"].Size() == q.items.size();
  if (scale_ok && bands_complete && items_complete && !q.items.empty()) {
    detail::check_coverage(q, problems);
  }
  for (auto& p : problems) {
    if (!p.path.empty() && p.path.front() == '.') p.path.erase(0, 1);
  }
  if (!problems.empty()) return Expected<Questionnaire, Problems>::failure(std::move(problems));
  return q;
}

}  // namespace crossroads
