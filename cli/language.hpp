#pragma once
// Which of a questionnaire's languages the command line shows: the one --lang names, else the
// one the environment prefers (LC_ALL, LC_MESSAGES, LANG), else the questionnaire's own.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads::cli {

// A locale name or a typed code as a language code: "fr_FR.UTF-8" -> "fr-FR", "pt_br" -> "pt-BR";
// nullopt for an empty name, and for "C" and "POSIX" (no language chosen: no preference, so a
// questionnaire keeps its own language and the CLI's sentences are English).
std::optional<std::string> code_of_locale(std::string_view locale);

// The language the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set
// and not empty (as POSIX orders them), as code_of_locale reads it; nullopt when none is.
std::optional<std::string> environment_language();

// The one of available that wanted names: the same code, else the code cut part by part from its
// end ("zh-Hant-TW" -> "zh-Hant" -> "zh", BCP 47 lookup), else the first with the same language
// part ("fr-CA" -> "fr", "pt-PT" -> "pt-BR"); nullopt when there is none.
std::optional<std::string> matching_language(std::string_view wanted,
                                             const std::vector<std::string>& available);

// The codes as the CLI lists them: "en, fr, de" (the pseudo-locale only first, when in use:
// listed_languages).
std::string language_list(const std::vector<std::string>& codes);

}  // namespace crossroads::cli
