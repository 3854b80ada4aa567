// Languages of a questionnaire: reading a per-language file and a custom file's translations,
// and giving the questionnaire in one of its languages. The key-by-key check of a language's
// texts is in translation_check.cpp.
#include "crossroads/translation.hpp"

#include <algorithm>
#include <climits>

#include "name_clash.hpp"
#include "strict_json.hpp"
#include "translation_read.hpp"

namespace crossroads {
namespace {

using Value = rapidjson::Value;

// The parts of a language code: a language of kLanguageLetters, then an optional script of
// kScriptLetters (the first capital), then an optional region of kRegionLetters capitals or
// kRegionDigits digits (a UN M.49 area such as 419, Latin America).
constexpr std::size_t kLanguageLettersMin = 2;
constexpr std::size_t kLanguageLettersMax = 3;
constexpr std::size_t kScriptLetters = 4;
constexpr std::size_t kRegionLetters = 2;
constexpr std::size_t kRegionDigits = 3;

bool all_of(std::string_view s, bool (*is)(char)) {
  return std::all_of(s.begin(), s.end(), is);
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_script(std::string_view s) {
  return s.size() == kScriptLetters && is_upper(s.front()) && all_of(s.substr(1), is_lower);
}

bool is_region(std::string_view s) {
  return (s.size() == kRegionLetters && all_of(s, is_upper)) ||
         (s.size() == kRegionDigits && all_of(s, is_digit));
}

std::string own_language(const std::string& lang) {
  return json::quoted(lang) + " is the questionnaire's own language: a translation adds another";
}

// Exchanges q's texts with t's: q gets t's, t gets q's. One walk serves both ways, so no text can
// be carried one way and forgotten the other. t's themes, statements and bands are q's own with
// other words (read_texts makes them so), so whole parts change places.
void swap_texts(Questionnaire& q, Texts& t) {
  using std::swap;
  swap(q.title, t.title);
  swap(q.intro, t.intro);
  swap(q.credit, t.credit);
  swap(q.about, t.about);
  swap(q.low, t.low);
  swap(q.high, t.high);
  swap(q.themes, t.themes);
  swap(q.items, t.items);
  swap(q.bands, t.bands);
  swap(q.shapes, t.shapes);
  swap(q.quality, t.quality);
}

void strip_leading_dots(Problems& problems) {
  for (auto& p : problems) {
    if (!p.path.empty() && p.path.front() == '.') p.path.erase(0, 1);
  }
}

}  // namespace

bool is_language_code(std::string_view code) {
  const std::size_t dash = code.find('-');
  const std::string_view language = code.substr(0, dash);
  if (language.size() < kLanguageLettersMin || language.size() > kLanguageLettersMax ||
      !all_of(language, is_lower)) {
    return false;
  }
  if (dash == std::string_view::npos) return true;
  const std::string_view rest = code.substr(dash + 1);
  const std::size_t next = rest.find('-');
  const std::string_view first = rest.substr(0, next);
  if (next == std::string_view::npos) return is_script(first) || is_region(first);
  // A script, then a region that ends the code (a region holds no '-').
  return is_script(first) && is_region(rest.substr(next + 1));
}

std::string_view primary_language(std::string_view code) {
  return code.substr(0, code.find('-'));
}

Expected<Translation, Problems> load_translation(const Questionnaire& base, std::string_view json) {
  auto parsed = json::parse(json);
  if (!parsed) return Expected<Translation, Problems>::failure({{"", parsed.error()}});
  const rapidjson::Document& doc = parsed.value();
  if (!doc.IsObject()) {
    return Expected<Translation, Problems>::failure({{"", "a translation must be a JSON object"}});
  }
  Problems problems;
  json::Fields root(doc, "", problems);
  if (const auto format = root.integer("format"); format && *format != 1) {
    root.problem("format", "must be 1 (this engine reads format 1)");
  }
  const std::string id = root.identifier("questionnaire");
  if (!id.empty() && id != base.id) {
    root.problem("questionnaire", json::quoted(id) + " is not the questionnaire it is checked " +
                                      "against (" + json::quoted(base.id) + ")");
  }
  if (const auto version = root.integer("version"); version && *version != base.version) {
    root.problem("version", "must be " + std::to_string(base.version) +
                                ", the version of the questionnaire it is checked against");
  }
  Translation t;
  t.lang = root.text("lang");
  if (!t.lang.empty() && !is_language_code(t.lang)) {
    root.problem("lang", detail::not_a_language_code(t.lang));
  } else if (t.lang == base.lang) {
    root.problem("lang", own_language(base.lang));
  }
  if (const Value* texts = root.object("texts")) {
    t.texts = detail::read_texts(base, *texts, "texts", problems);
    // Against base's every language, as it will stand beside them.
    std::vector<detail::LanguageWords> languages = detail::words_of(base);
    languages.push_back({&t.texts.items, "texts.items", true});
    detail::check_name_clashes(languages, problems);
  }
  root.reject_unknown();
  strip_leading_dots(problems);
  if (!problems.empty()) return Expected<Translation, Problems>::failure(std::move(problems));
  return t;
}

std::optional<TranslationTarget> translation_target(std::string_view json) {
  const auto parsed = json::parse(json);
  if (!parsed || !parsed.value().IsObject() || !parsed.value().HasMember("texts")) {
    return std::nullopt;
  }
  const rapidjson::Document& doc = parsed.value();
  const auto text = [&](const char* key) {
    const auto it = doc.FindMember(key);
    return it != doc.MemberEnd() && it->value.IsString()
               ? std::string(it->value.GetString(), it->value.GetStringLength())
               : std::string();
  };
  TranslationTarget target{text("questionnaire"), 0, text("lang")};
  if (const auto it = doc.FindMember("version"); it != doc.MemberEnd()) {
    const auto version = json::whole_number(it->value);
    if (version && *version >= 1 && *version <= INT_MAX)
      target.version = static_cast<int>(*version);
  }
  return target;
}

std::vector<std::string> languages_of(const Questionnaire& q) {
  std::vector<std::string> out = {q.lang};
  for (const Translation& t : q.translations) out.push_back(t.lang);
  return out;
}

std::vector<std::string> listed_languages(const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  for (const std::string& code : codes) {
    if (out.empty() || code != kPseudoLocale) out.push_back(code);
  }
  return out;
}

std::optional<Questionnaire> in_language(const Questionnaire& q, std::string_view lang) {
  if (lang == q.lang) return q;
  const auto found = std::find_if(q.translations.begin(), q.translations.end(),
                                  [&](const Translation& t) { return t.lang == lang; });
  if (found == q.translations.end()) return std::nullopt;
  Questionnaire out = q;
  const auto place = out.translations.begin() + (found - q.translations.begin());
  // That language's texts go in; the questionnaire's own come out, and lead its translations.
  Translation own{q.lang, std::move(place->texts)};
  swap_texts(out, own.texts);
  out.translations.erase(place);
  out.translations.insert(out.translations.begin(), std::move(own));
  out.lang = std::string(lang);
  return out;
}

namespace detail {

std::string not_a_language_code(const std::string& code) {
  std::string shown = json::shown_key(code);  // quoted already unless it is a plain word
  if (shown.front() != '"') shown = json::quoted(shown);
  return shown + " is not a language code (such as fr, pt-BR, zh-Hant or es-419)";
}

void read_languages(json::Fields& root, Questionnaire& q, Problems& problems) {
  const std::string lang = root.text("lang", false);
  if (!lang.empty()) {
    if (is_language_code(lang)) {
      q.lang = lang;
    } else {
      root.problem("lang", not_a_language_code(lang));
    }
  }
  // Written by the engine for its readers (write_questionnaire); the languages a questionnaire
  // has are its lang and its translations, so the list is only checked, never used.
  if (const Value* languages = root.find("languages", false)) {
    if (!languages->IsArray()) {
      root.problem("languages", "must be a list of language codes");
    } else {
      std::vector<std::string> seen;
      for (rapidjson::SizeType i = 0; i < languages->Size(); ++i) {
        const Value& v = (*languages)[i];
        const std::string where = root.at("languages") + "[" + std::to_string(i) + "]";
        const std::string code =
            v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : "";
        if (!v.IsString() || !is_language_code(code)) {
          problems.push_back({where,
                              "must be a language code (such as fr, pt-BR, zh-Hant or "
                              "es-419)"});
        } else if (std::find(seen.begin(), seen.end(), code) != seen.end()) {
          problems.push_back({where, "duplicate language " + json::quoted(code)});
        } else {
          seen.push_back(code);
        }
      }
    }
  }
  const Value* translations = root.object("translations", false);
  if (translations == nullptr) return;
  for (auto it = translations->MemberBegin(); it != translations->MemberEnd(); ++it) {
    const std::string code(it->name.GetString(), it->name.GetStringLength());
    const std::string where = root.at("translations") + "." + json::shown_key(code);
    if (!is_language_code(code)) {
      problems.push_back({where, not_a_language_code(code)});
    } else if (code == q.lang) {
      problems.push_back({where, own_language(q.lang)});
    } else {
      Texts texts = read_texts(q, it->value, where, problems);
      q.translations.push_back({code, std::move(texts)});
    }
  }
  check_name_clashes(words_of(q), problems);
}

std::vector<LanguageWords> words_of(const Questionnaire& q) {
  std::vector<LanguageWords> out = {{&q.items, "items", false}};
  for (const Translation& t : q.translations) {
    out.push_back({&t.texts.items, "translations." + json::shown_key(t.lang) + ".items", true});
  }
  return out;
}

}  // namespace detail
}  // namespace crossroads
