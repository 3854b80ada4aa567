#include "language.hpp"

#include <cstdlib>

#include "crossroads/translation.hpp"

namespace crossroads::cli {
namespace {

// The lengths that tell a code's parts apart once its case is lost (fr_fr): a script has four
// letters, a region two.
constexpr std::size_t kScriptLetters = 4;
constexpr std::size_t kRegionLetters = 2;

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

}  // namespace

std::optional<std::string> code_of_locale(std::string_view locale) {
  // "fr_FR.UTF-8@euro": the codeset and the modifier say nothing about the language.
  locale = locale.substr(0, locale.find_first_of(".@"));
  // C and POSIX name no language: they are what a system runs with when nobody chose one, so
  // they are no preference (a questionnaire in another language keeps its own).
  if (locale.empty() || locale == "C" || locale == "POSIX") return std::nullopt;
  std::string code;
  std::size_t part_start = 0;
  std::size_t part = 0;  // 0: the language, then a script or a region
  for (std::size_t i = 0; i <= locale.size(); ++i) {
    if (i < locale.size() && locale[i] != '_' && locale[i] != '-') continue;
    const std::string_view piece = locale.substr(part_start, i - part_start);
    if (part > 0) code += '-';
    for (std::size_t k = 0; k < piece.size(); ++k) {
      const bool capital = part > 0 && (piece.size() == kRegionLetters ||
                                        (piece.size() == kScriptLetters && k == 0));
      code += capital ? upper(piece[k]) : lower(piece[k]);
    }
    part_start = i + 1;
    ++part;
  }
  return code;
}

std::optional<std::string> environment_language() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read before threads
    if (value != nullptr && *value != '\0') return code_of_locale(value);
  }
  return std::nullopt;
}

std::optional<std::string> matching_language(std::string_view wanted,
                                             const std::vector<std::string>& available) {
  // BCP 47 lookup (RFC 4647): the code, then the code cut at its last part, and so on, so
  // zh-Hant-TW finds zh-Hant before a zh-Hans that shares only the language.
  for (std::string_view tag = wanted; !tag.empty();) {
    for (const std::string& code : available) {
      if (code == tag) return code;
    }
    const std::size_t dash = tag.rfind('-');
    tag = dash == std::string_view::npos ? std::string_view() : tag.substr(0, dash);
  }
  const std::string_view language = primary_language(wanted);
  for (const std::string& code : available) {
    if (primary_language(code) == language) return code;
  }
  return std::nullopt;
}

std::string language_list(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& code : listed_languages(codes)) out += (out.empty() ? "" : ", ") + code;
  return out;
}

}  // namespace crossroads::cli
