// The built-in questionnaire's embedded languages (builtin_translations.hpp). The list of files
// is the build's (BUILTIN_LANGUAGES in CMakeLists.txt, written to builtin_languages.hpp), so
// adding a language touches only the build and content/lang/.
#include "crossroads/builtin_translations.hpp"

#include <algorithm>

#include "builtin_languages.hpp"  // generated: kEmbeddedLanguages, one per content/lang/ file
#include "crossroads/translation.hpp"
#include "name_clash.hpp"

namespace crossroads {
namespace {

// Why an embedded file cannot stand for the language it is embedded as, beyond its own problems.
Problems placement_problems(const EmbeddedLanguage& embedded, const Translation& loaded,
                            const std::vector<std::string>& before) {
  Problems out;
  if (loaded.lang != embedded.code) {
    out.push_back({"lang", "is \"" + loaded.lang + "\", but the file is embedded as \"" +
                               std::string(embedded.code) + "\""});
  }
  if (std::find(before.begin(), before.end(), embedded.code) != before.end()) {
    out.push_back({"lang", "duplicate language \"" + std::string(embedded.code) + "\""});
  }
  return out;
}

// Each embedded language read against base, with every problem it has. Each is read against
// base alone (load_translation), so words it shares with an earlier embedded language for
// another statement are checked here: they would stand side by side in the CLI's questionnaire.
std::vector<std::pair<LanguageCheck, Translation>> read_all(const Questionnaire& base) {
  std::vector<std::pair<LanguageCheck, Translation>> out;
  std::vector<std::string> before = {base.lang};
  for (const EmbeddedLanguage& embedded : kEmbeddedLanguages) {
    LanguageCheck check{std::string(embedded.code), {}};
    Translation translation;
    auto loaded = load_translation(base, embedded.json);
    if (loaded) {
      translation = std::move(loaded.value());
      check.problems = placement_problems(embedded, translation, before);
      std::vector<detail::LanguageWords> languages;
      for (const auto& [earlier_check, earlier] : out) {
        if (earlier_check.problems.empty()) {
          languages.push_back(
              {&earlier.texts.items, "lang/" + earlier.lang + ".json texts.items", true});
        }
      }
      languages.push_back({&translation.texts.items, "texts.items", true});
      detail::check_name_clashes(languages, check.problems);
    } else {
      check.problems = loaded.error();
    }
    before.push_back(check.lang);
    out.emplace_back(std::move(check), std::move(translation));
  }
  return out;
}

}  // namespace

std::vector<std::string> builtin_languages() {
  std::vector<std::string> out = {builtin_questionnaire().lang};
  for (const EmbeddedLanguage& embedded : kEmbeddedLanguages) out.emplace_back(embedded.code);
  return out;
}

std::optional<Questionnaire> builtin_questionnaire_with_languages(int version) {
  auto q = builtin_questionnaire(version);
  if (!q || version != builtin_latest_version()) return q;
  // A language with a problem is left out: check_builtin_translations, which the engine tests
  // and `crossroads validate` run, names it, so none can ship.
  for (auto& [check, translation] : read_all(*q)) {
    if (check.problems.empty()) q->translations.push_back(std::move(translation));
  }
  return q;
}

std::optional<Questionnaire> builtin_questionnaire_in(int version, std::string_view lang) {
  const auto q = builtin_questionnaire_with_languages(version);
  if (!q) return std::nullopt;
  return in_language(*q, lang);
}

std::optional<Questionnaire> builtin_questionnaire_in(std::string_view lang) {
  return builtin_questionnaire_in(builtin_latest_version(), lang);
}

std::vector<LanguageCheck> check_builtin_translations() {
  std::vector<LanguageCheck> out;
  for (auto& [check, translation] : read_all(builtin_questionnaire())) {
    out.push_back(std::move(check));
  }
  return out;
}

}  // namespace crossroads
