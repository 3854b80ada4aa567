// Which language the command line picks (cli/language.cpp): a locale read as a code, C and POSIX
// as no preference at all, BCP 47 lookup (the code cut part by part) before a language part that
// merely matches, and the lists of languages people are shown.
#include "language.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using crossroads::cli::code_of_locale;
using crossroads::cli::language_list;
using crossroads::cli::matching_language;
using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("a locale's language code; C and POSIX are no preference") {
  CHECK(code_of_locale("fr_FR.UTF-8") == "fr-FR");
  CHECK(code_of_locale("pt_br") == "pt-BR");
  CHECK(code_of_locale("zh_Hant_TW.UTF-8") == "zh-Hant-TW");
  // What a system runs with when nobody chose a language: a custom questionnaire in another
  // language keeps its own, as with no locale set at all.
  for (const char* none : {"C", "C.UTF-8", "POSIX", "", "C@euro"}) {
    INFO(none);
    CHECK_FALSE(code_of_locale(none).has_value());
  }
}

TEST_CASE("matching: the same code, then the code cut from its end, then the language part") {
  const Codes chinese = {"en", "zh-Hans", "zh-Hant", "zh"};
  CHECK(matching_language("zh-Hant-TW", chinese) == "zh-Hant");
  CHECK(matching_language("zh-Hans-CN", chinese) == "zh-Hans");
  CHECK(matching_language("zh-TW", chinese) == "zh");  // no zh-TW: cut to zh before any zh-Hxxx
  CHECK(matching_language("zh-Hant-TW", {"zh-Hans", "zh"}) == "zh");
  CHECK(matching_language("zh-Hant-TW", {"en", "zh-Hans"}) == "zh-Hans");  // the language part
  CHECK(matching_language("pt-PT", {"en", "pt-BR"}) == "pt-BR");
  CHECK(matching_language("es-419", {"es", "es-419"}) == "es-419");
  CHECK_FALSE(matching_language("ja", {"en", "fr"}).has_value());
}

TEST_CASE("lists of languages leave the pseudo-locale out unless it is the one in use") {
  CHECK(language_list({"en", "fr", "en-XA"}) == "en, fr");
  CHECK(language_list({"en-XA", "en", "fr"}) == "en-XA, en, fr");
}
