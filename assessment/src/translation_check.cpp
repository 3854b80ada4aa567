// Checks one language's texts against the questionnaire they translate, key by key, and collects
// every difference instead of stopping at the first: a translator fixes them all in one pass, and
// no language can ship with a text missing (the page and CLI would have nothing to show) or with
// a text that belongs to no statement (a typo in an id). Each object's fields are read from one
// list of (key, where the translation keeps it, where the questionnaire keeps its own), so a
// field's key, its check and the unknown-field check cannot drift apart; the code is one loop,
// which keeps the WASM module small.
#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "strict_json.hpp"
#include "translation_read.hpp"

namespace crossroads::detail {
namespace {

using Value = rapidjson::Value;

// The two words every key-by-key difference is told with, after its path.
constexpr const char* kMissing = "missing";
constexpr const char* kExtra = "extra";

std::string at(const std::string& path, std::string_view key) {
  return path + "." + json::shown_key(key);
}

std::string at(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

const Value* member(const Value& object, const std::string& key) {
  const auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

// A text field: its key, where the translation's text goes, and the questionnaire's own text.
// may_be_added: whether it may be given when the questionnaire's own is empty (an intro or a
// description may; a credit the questionnaire does not have may not).
struct TextField {
  const char* key;
  std::string* words;
  const std::string* own;
  bool may_be_added = true;
};

// A list field (about, advice, next_steps, questions): as long as the questionnaire's own.
struct ListField {
  const char* key;
  std::vector<std::string>* words;
  const std::vector<std::string>* own;
};

class Reader {
 public:
  explicit Reader(Problems& problems) : problems_(problems) {}

  void problem(std::string path, std::string message) const {
    problems_.push_back({std::move(path), std::move(message)});
  }

  // The fields of one object at path, and any other key in it: a name that can never be there
  // (a typo such as "promt") is told apart from an extra id, a key of the right kind that the
  // questionnaire does not have. other_keys: the object's keys read elsewhere.
  void fields(const Value& v, const std::string& path, std::initializer_list<TextField> texts,
              std::initializer_list<ListField> lists = {},
              std::initializer_list<std::string_view> other_keys = {}) const {
    if (!v.IsObject()) {
      problem(path, "must be an object");
      return;
    }
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      const std::string_view name(it->name.GetString(), it->name.GetStringLength());
      const bool known = std::any_of(texts.begin(), texts.end(),
                                     [&](const TextField& f) { return name == f.key; }) ||
                         std::any_of(lists.begin(), lists.end(),
                                     [&](const ListField& f) { return name == f.key; }) ||
                         std::find(other_keys.begin(), other_keys.end(), name) != other_keys.end();
      if (!known) problem(at(path, name), "is not a known field");
    }
    for (const TextField& f : texts) *f.words = text(v, path, f);
    for (const ListField& f : lists) *f.words = list(v, path, f);
  }

  // The object at key, or null when it is not there (missing when required) or not an object.
  const Value* object(const Value& parent, const std::string& path, const char* key,
                      bool required) const {
    const Value* v = member(parent, key);
    if (v == nullptr) {
      if (required) problem(at(path, key), kMissing);
      return nullptr;
    }
    if (!v->IsObject()) {
      problem(at(path, key), "must be an object");
      return nullptr;
    }
    return v;
  }

  // One key of an object keyed by the questionnaire's ids, found in its place.
  struct Keyed {
    std::size_t index;
    const Value* value;
    std::string path;
  };

  // The members of the object at key that are ids[i] (ids: the questionnaire's themes,
  // statements, bands or poles); every other key is extra and every id without a key missing.
  std::vector<Keyed> keyed(const Value& parent, const std::string& path, const char* key,
                           const std::vector<std::string>& ids) const {
    std::vector<Keyed> out;
    const Value* map = object(parent, path, key, true);
    if (map == nullptr) return out;
    const std::string where = at(path, key);
    std::vector<bool> seen(ids.size(), false);
    for (auto it = map->MemberBegin(); it != map->MemberEnd(); ++it) {
      const std::string name(it->name.GetString(), it->name.GetStringLength());
      const auto found = std::find(ids.begin(), ids.end(), name);
      if (found == ids.end()) {
        problem(at(where, name), kExtra);
        continue;
      }
      const auto index = static_cast<std::size_t>(found - ids.begin());
      seen[index] = true;
      out.push_back({index, &it->value, at(where, name)});
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (!seen[i]) problem(at(where, ids[i]), kMissing);
    }
    return out;
  }

 private:
  // A text there exactly when the questionnaire's own is non-empty; an empty own text may be
  // given any text or none, unless it may not be added.
  std::string text(const Value& object, const std::string& path, const TextField& f) const {
    const Value* v = member(object, f.key);
    const std::string where = at(path, f.key);
    if (v == nullptr) {
      if (!f.own->empty()) problem(where, kMissing);
      return {};
    }
    if (f.own->empty() && !f.may_be_added) {
      problem(where, kExtra);
      return {};
    }
    if (!v->IsString()) {
      problem(where, "must be a text (a JSON string)");
      return {};
    }
    std::string s(v->GetString(), v->GetStringLength());
    if (s.empty() && !f.own->empty()) problem(where, "must not be empty");
    return s;
  }

  // Each place the list lacks is missing, each place beyond the questionnaire's is extra. A list
  // the questionnaire has empty may be left out.
  std::vector<std::string> list(const Value& object, const std::string& path,
                                const ListField& f) const {
    std::vector<std::string> out;
    const Value* v = member(object, f.key);
    const std::string where = at(path, f.key);
    if (v == nullptr) {
      if (!f.own->empty()) problem(where, kMissing);
      return out;
    }
    if (!v->IsArray()) {
      problem(where, "must be a list of texts");
      return out;
    }
    const std::size_t given = v->Size();
    for (std::size_t i = 0; i < std::max(given, f.own->size()); ++i) {
      const Value* e = i < given ? &(*v)[static_cast<rapidjson::SizeType>(i)] : nullptr;
      if (i >= f.own->size()) {
        problem(at(where, i), kExtra);
      } else if (e == nullptr) {
        problem(at(where, i), kMissing);
      } else if (!e->IsString() || e->GetStringLength() == 0) {
        problem(at(where, i), "must be a non-empty text");
      } else {
        out.emplace_back(e->GetString(), e->GetStringLength());
      }
    }
    return out;
  }

  Problems& problems_;
};

void read_lists(const Reader& r, Texts& t, const Questionnaire& base, const Value& texts,
                const std::string& path) {
  std::vector<std::string> ids;
  for (const Theme& theme : base.themes) ids.push_back(theme.id);
  for (const auto& [i, v, where] : r.keyed(texts, path, "themes", ids)) {
    const Theme& own = base.themes[i];
    Theme& words = t.themes[i];
    r.fields(*v, where,
             {{"title", &words.title, &own.title},
              {"description", &words.description, &own.description}});
  }
  ids.clear();
  for (const Item& item : base.items) ids.push_back(item.id);
  for (const auto& [i, v, where] : r.keyed(texts, path, "items", ids)) {
    const Item& own = base.items[i];
    Item& words = t.items[i];
    r.fields(*v, where,
             {{"prompt", &words.prompt, &own.prompt},
              {"short", &words.short_label, &own.short_label},
              {"low", &words.low, &own.low},
              {"high", &words.high, &own.high}});
  }
  ids.clear();
  for (const Band& band : base.bands) ids.push_back(band.id);
  for (const auto& [i, v, where] : r.keyed(texts, path, "bands", ids)) {
    const Band& own = base.bands[i];
    Band& words = t.bands[i];
    r.fields(*v, where,
             {{"title", &words.title, &own.title},
              {"summary", &words.summary, &own.summary},
              {"explanation", &words.explanation, &own.explanation}},
             {{"advice", &words.advice, &own.advice},
              {"next_steps", &words.next_steps, &own.next_steps},
              {"questions", &words.questions, &own.questions}});
  }
}

// Shapes and quality notes: translated exactly when the questionnaire has them.
void read_optional(const Reader& r, Texts& t, const Questionnaire& base, const Value& texts,
                   const std::string& path) {
  for (const char* key : {"shapes", "quality"}) {
    const bool has = key[0] == 's' ? base.shapes.has_value() : base.quality.has_value();
    if (!has && member(texts, key) != nullptr) r.problem(at(path, key), kExtra);
  }
  if (base.shapes) {
    if (const Value* v = r.object(texts, path, "shapes", true)) {
      const std::string where = at(path, "shapes");
      ShapeTexts& words = t.shapes.emplace();
      r.fields(*v, where, {}, {}, {"split", "centred", "consistent"});
      for (const auto& [key, shape] :
           {std::pair{"split", &ShapeTexts::split}, std::pair{"centred", &ShapeTexts::centred},
            std::pair{"consistent", &ShapeTexts::consistent}}) {
        if (const Value* s = r.object(*v, where, key, true)) {
          const Text& own = (*base.shapes).*shape;
          r.fields(*s, at(where, key),
                   {{"title", &(words.*shape).title, &own.title},
                    {"explanation", &(words.*shape).explanation, &own.explanation}});
        }
      }
    }
  }
  if (base.quality) {
    if (const Value* v = r.object(texts, path, "quality", true)) {
      QualityTexts& words = t.quality.emplace();
      const QualityTexts& own = *base.quality;
      r.fields(*v, at(path, "quality"),
               {{"straight_line", &words.straight_line, &own.straight_line},
                {"mostly_middle", &words.mostly_middle, &own.mostly_middle},
                {"fast", &words.fast, &own.fast}});
    }
  }
}

}  // namespace

Texts read_texts(const Questionnaire& base, const Value& texts, const std::string& path,
                 Problems& problems) {
  const Reader r(problems);
  Texts t;
  r.fields(texts, path,
           {{"title", &t.title, &base.title},
            {"intro", &t.intro, &base.intro},
            {"credit", &t.credit, &base.credit, false}},
           {{"about", &t.about, &base.about}},
           {"poles", "themes", "items", "bands", "shapes", "quality"});
  if (!texts.IsObject()) return t;
  // The questionnaire's own parts, whose words are replaced below. A part whose key is missing
  // keeps the questionnaire's words, but that is a problem: texts with problems are never used.
  t.low = base.low;
  t.high = base.high;
  for (const auto& [i, v, where] : r.keyed(texts, path, "poles", {base.low.id, base.high.id})) {
    if (!v->IsString() || v->GetStringLength() == 0) {
      r.problem(where, "must be a non-empty text");
      continue;
    }
    (i == 0 ? t.low : t.high).label = std::string(v->GetString(), v->GetStringLength());
  }
  t.themes = base.themes;
  t.items = base.items;
  t.bands = base.bands;
  read_lists(r, t, base, texts, path);
  read_optional(r, t, base, texts, path);
  return t;
}

}  // namespace crossroads::detail
