#pragma once
// The built-in questionnaire's other languages: one file per language (content/lang/<code>.json)
// and the pseudo-locale en-XA (made from the English at build time, for tests), embedded into the
// library crossroads_translations. The CLI and the tests link it; the WASM module does not, so it
// stays the size of one language (the page gets each language's texts as a script of its own,
// made with `crossroads questions --json --lang CODE`).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/questionnaire.hpp"
#include "crossroads/translation.hpp"  // kPseudoLocale, one of the embedded languages

namespace crossroads {

// "en" (the questionnaire's own language) first, then every embedded language in the build's
// order: fr, de, es, pt-BR, ar, en-XA.
std::vector<std::string> builtin_languages();

// The given version of the built-in questionnaire with every embedded language it has as its
// translations: only the latest version has any (earlier versions exist only in English);
// nullopt for no such version.
std::optional<Questionnaire> builtin_questionnaire_with_languages(int version);

// The built-in questionnaire (the latest version, or the given one) with every text in lang;
// nullopt when that version has no such language.
std::optional<Questionnaire> builtin_questionnaire_in(std::string_view lang);
std::optional<Questionnaire> builtin_questionnaire_in(int version, std::string_view lang);

// One embedded language checked against the latest version: no problems when it is complete.
struct LanguageCheck {
  std::string lang;
  Problems problems;
};

// Every embedded language (en excluded) in builtin_languages() order, each with its problems:
// for `crossroads validate` and for the tests, so a language that lacks a text fails the build's
// checks rather than reaching anyone.
std::vector<LanguageCheck> check_builtin_translations();

}  // namespace crossroads
