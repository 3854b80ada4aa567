#pragma once
// One questionnaire in several languages. The texts of each language are keyed by the
// questionnaire's ids, so a language changes what a person reads and never what is scored: ids,
// scale, reversals and bands stay those of the questionnaire. A custom file carries its languages
// in "translations"; the built-in questionnaire has one file per language (content/lang/, embedded
// by builtin_translations.hpp). Rules: docs/questionnaire-schema.md, "Languages".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/expected.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads {

// A language code shaped as BCP 47: a 2- or 3-letter language, then an optional script and an
// optional region ("fr", "pt-BR", "zh-Hant", "es-419"), exactly
// ^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$
bool is_language_code(std::string_view code);

// The language part of a code: "pt" for "pt-BR".
std::string_view primary_language(std::string_view code);

// Reads a per-language file { format, questionnaire, version, lang, texts } and checks it against
// base: the same questionnaire id and version, a language code other than base's own, and texts
// with every key base has and no other, each list as long as base's. Every problem has its path
// ("texts.items.impact-1.low: missing", "texts.bands.both.advice[3]: extra").
Expected<Translation, Problems> load_translation(const Questionnaire& base, std::string_view json);

// What a per-language file says it translates, so a caller can find the questionnaire to check it
// against; nullopt when json is not an object with a "texts" member (not a per-language file).
// A field that is missing or of the wrong kind is left empty (0 for the version): load_translation
// names the problem.
struct TranslationTarget {
  std::string questionnaire;
  int version = 0;
  std::string lang;
};
std::optional<TranslationTarget> translation_target(std::string_view json);

// The pseudo-locale: English with accents, a third longer, in brackets
// (tools/make_pseudo_locale.js), so an untranslated or cut text shows at a glance. For tests; never
// offered to people.
constexpr std::string_view kPseudoLocale = "en-XA";

// q's own language first, then its translations' languages in file order.
std::vector<std::string> languages_of(const Questionnaire& q);

// Languages as people are shown them (a message's list, the "languages" a questionnaire is
// written out with): codes, the one in use first, without kPseudoLocale unless it is the one in
// use (it is for tests; a person asking for it by name still gets it).
std::vector<std::string> listed_languages(const std::vector<std::string>& codes);

// q with every text in lang (exactly one of languages_of(q)); nullopt when q has no such language.
// Ids, scale, reversals, bands' totals and version are q's. The result's lang is lang; its
// translations are the other languages of q, q's own first, so nothing is lost and
// in_language(in_language(q, "fr"), q.lang) gives q back.
std::optional<Questionnaire> in_language(const Questionnaire& q, std::string_view lang);

}  // namespace crossroads
