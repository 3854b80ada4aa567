// `crossroads validate`: a questionnaire file with its translations, one language's file, or, with
// no file, the built-in questionnaire in each of its languages. Every problem is a line on stdout
// with its path; the exit code is 0 only when there is none.
#include <iostream>
#include <optional>
#include <string>

#include "commands.hpp"
#include "crossroads/builtin_translations.hpp"
#include "crossroads/translation.hpp"
#include "format.hpp"
#include "language.hpp"
#include "options.hpp"

namespace crossroads::cli {
namespace {

struct ValidateArgs {
  std::optional<std::string> file;
  std::optional<std::string> questionnaire;  // --questionnaire Q.json, for one language's file
  std::optional<std::string> lang;           // --lang CODE: the language that must be there
  std::string error;
};

ValidateArgs parse(const Args& args, const Sentences& words) {
  ValidateArgs v;
  for (std::size_t i = 0; i < args.size() && v.error.empty(); ++i) {
    const std::string& a = args[i];
    const bool takes_value = a == "--questionnaire" || a == "--lang";
    // An empty --lang is a value left out, as for the other commands (options.cpp).
    if (takes_value && (i + 1 == args.size() || (a == "--lang" && args[i + 1].empty()))) {
      v.error = fill(words.text("needsValue"), {a});
    } else if (a == "--questionnaire") {
      v.questionnaire = args[++i];
    } else if (a == "--lang") {
      v.lang = args[++i];
    } else if (a.size() > 2 && a.rfind("--", 0) == 0) {
      v.error = fill(words.text("validateNoOption"), {a});
    } else if (v.file) {
      v.error = words.text("validateOneFile");
    } else {
      v.file = a;
    }
  }
  return v;
}

// The one of languages that --lang names, or the error line; nullopt without --lang.
std::optional<std::string> asked_among(const ValidateArgs& v,
                                       const std::vector<std::string>& languages,
                                       std::string& error, const Sentences& words) {
  if (!v.lang) return std::nullopt;
  const auto wanted = code_of_locale(*v.lang);
  auto chosen = wanted ? matching_language(*wanted, languages) : std::nullopt;
  if (!chosen) error = fill(words.text("unknownLanguage"), {*v.lang, language_list(languages)});
  return chosen;
}

int report_problems(const std::string& where, const Problems& problems, const Sentences& words) {
  for (const Problem& p : problems) {
    std::cout << (p.path.empty() ? fill(words.text("problemLine"), {where, p.message})
                                 : fill(words.text("problemAt"), {where, p.path, p.message}))
              << "\n";
  }
  const auto n = static_cast<long long>(problems.size());
  std::cerr << "crossroads: "
            << fill(words.text("hasProblems"), {where, words.count("problems", n)}) << "\n";
  return kBadInput;
}

// With no file: the built-in questionnaire's own language, then each embedded one.
int validate_builtin(const ValidateArgs& v, const Sentences& words) {
  std::string error;
  const auto only = asked_among(v, builtin_languages(), error, words);
  if (!error.empty()) return fail(error);
  const Questionnaire base = builtin_questionnaire();
  long long problems = 0;
  if (!only || *only == base.lang) std::cout << fill(words.text("languageOk"), {base.lang}) << "\n";
  for (const LanguageCheck& check : check_builtin_translations()) {
    if (only && *only != check.lang) continue;
    if (check.problems.empty()) std::cout << fill(words.text("languageOk"), {check.lang}) << "\n";
    for (const Problem& p : check.problems) {
      std::cout << fill(words.text("problemAt"), {check.lang, p.path, p.message}) << "\n";
    }
    problems += static_cast<long long>(check.problems.size());
  }
  if (problems == 0) return kOk;
  std::cerr << "crossroads: "
            << fill(words.text("languagesHaveProblems"), {words.count("problems", problems)})
            << "\n";
  return kBadInput;
}

// The questionnaire one language's file is checked against: --questionnaire, else the built-in
// version it names (the latest when it names none readable, so its own problems get named).
std::optional<Questionnaire> base_of(const ValidateArgs& v, const TranslationTarget& target,
                                     std::string& error, const Sentences& words) {
  if (v.questionnaire) {
    const auto content = read_input(*v.questionnaire);
    if (!content) {
      error = fill(words.text("cannotReadQuestionnaire"), {*v.questionnaire});
      return std::nullopt;
    }
    auto loaded = load_questionnaire(*content);
    if (!loaded) {
      const Problem& p = loaded.error().front();
      error =
          fill(words.text("invalidQuestionnaire"),
               {*v.questionnaire,
                p.path.empty() ? p.message : fill(words.text("problemLine"), {p.path, p.message})});
      return std::nullopt;
    }
    return std::move(loaded.value());
  }
  const Questionnaire latest = builtin_questionnaire();
  if (target.questionnaire.empty() || target.version == 0) return latest;
  if (target.questionnaire == latest.id) {
    // An earlier version has no languages to check against: its texts are English only.
    if (target.version < latest.version && builtin_questionnaire(target.version)) {
      error = fill(words.text("translatesEnglishOnly"),
                   {*v.file, std::to_string(target.version), std::to_string(latest.version)});
      return std::nullopt;
    }
    if (auto named = builtin_questionnaire(target.version)) return named;
  }
  error = fill(words.text("notBuiltIn"),
               {*v.file, target.questionnaire, std::to_string(target.version)});
  return std::nullopt;
}

int validate_translation(const ValidateArgs& v, const std::string& input,
                         const TranslationTarget& target, const Sentences& words) {
  std::string error;
  const auto base = base_of(v, target, error, words);
  if (!base) return fail(error);
  const auto loaded = load_translation(*base, input);
  if (!loaded) return report_problems(*v.file, loaded.error(), words);
  const std::string& lang = loaded.value().lang;
  asked_among(v, {base->lang, lang}, error, words);
  if (!error.empty()) return fail(error);
  std::cout << fill(words.text("validTranslation"),
                    {*v.file, lang, base->id, std::to_string(base->version)})
            << "\n";
  return kOk;
}

int validate_questionnaire(const ValidateArgs& v, const std::string& input,
                           const Sentences& words) {
  if (v.questionnaire) return fail(std::string(words.text("questionnaireForTranslation")));
  const auto loaded = load_questionnaire(input);
  if (!loaded) return report_problems(*v.file, loaded.error(), words);
  const Questionnaire& q = loaded.value();
  const std::vector<std::string> languages = languages_of(q);
  std::string error;
  asked_among(v, languages, error, words);
  if (!error.empty()) return fail(error);
  const std::string themes = words.count("themes", static_cast<long long>(q.themes.size()));
  const std::string bands = words.count("bands", static_cast<long long>(q.bands.size()));
  const std::string statements = words.count("statements", q.item_count());
  const std::string lowest = std::to_string(q.min_total());
  const std::string highest = std::to_string(q.max_total());
  // One language says nothing worth a word; several are listed, so a missing one shows.
  std::cout << (languages.size() == 1 ? fill(words.text("valid"),
                                             {*v.file, statements, themes, bands, lowest, highest})
                                      : fill(words.text("validLanguages"),
                                             {*v.file, statements, themes, bands, lowest, highest,
                                              language_list(languages)}))
            << "\n";
  return kOk;
}

}  // namespace

int validate(const Args& args, const Sentences& words) {
  const ValidateArgs v = parse(args, words);
  if (!v.error.empty()) return fail(v.error);
  if (!v.file) {
    if (v.questionnaire) return fail(std::string(words.text("questionnaireForTranslation")));
    return validate_builtin(v, words);
  }
  const auto input = read_input(*v.file);
  if (!input) return fail(fill(words.text("cannotRead"), {*v.file}));
  if (const auto target = translation_target(*input)) {
    return validate_translation(v, *input, *target, words);
  }
  return validate_questionnaire(v, *input, words);
}

}  // namespace crossroads::cli
