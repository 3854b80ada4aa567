// The command line's sentences (cli/sentences.cpp): which language is chosen, a key a language
// lacks shown in English and named, the plural form a count takes, and every embedded language
// complete (the files themselves are checked key by key by tests/content/translations.test.js).
#include "sentences.hpp"

#include <catch2/catch.hpp>
#include <string>

namespace {

using crossroads::cli::sentence_languages;
using crossroads::cli::Sentences;
using crossroads::cli::sentences_for;

constexpr const char* kEnglish = R"({"meta": {"code": "en"}, "cli": {
  "total": "Total: {0} / {1}", "heading": "Themes:",
  "points": {"one": "{0} point", "other": "{0} points"}}})";

}  // namespace

TEST_CASE("the built-in sentences: English first, every language of the issue, and en-XA") {
  const auto codes = sentence_languages();
  CHECK(codes == std::vector<std::string>{"en", "fr", "de", "es", "pt-BR", "ar", "en-XA"});
}

TEST_CASE("every embedded language has every English key, in English's shape") {
  const Sentences english = sentences_for(std::string("en"));
  REQUIRE(english.text("unknownOption") == "unknown option '{0}'");
  for (const std::string& code : sentence_languages()) {
    const Sentences s = sentences_for(code);
    INFO(code);
    CHECK(s.language() == code);
    CHECK(s.missing().empty());
    if (code != "en") CHECK(s.text("unknownOption") != english.text("unknownOption"));
  }
}

TEST_CASE("the language asked for: the same code, else its language part, else English") {
  CHECK(sentences_for(std::string("fr")).language() == "fr");
  CHECK(sentences_for(std::string("fr-CA")).language() == "fr");
  CHECK(sentences_for(std::string("pt-PT")).language() == "pt-BR");
  CHECK(sentences_for(std::string("en-US")).language() == "en");
  CHECK(sentences_for(std::string("en-XA")).language() == "en-XA");
  CHECK(sentences_for(std::string("ja")).language() == "en");
  CHECK(sentences_for(std::nullopt).language() == "en");
}

TEST_CASE("a key a language lacks, or holds in another shape, is English's and is named") {
  const Sentences s = Sentences::read("fr", R"({"cli": {"total": "Total : {0} / {1}",
    "points": "{0} points", "extra": "ignored"}})",
                                      kEnglish);
  CHECK(s.text("total") == "Total : {0} / {1}");
  CHECK(s.text("heading") == "Themes:");
  CHECK(s.count("points", 0) == "0 points");  // English's forms, by English's rule
  CHECK(s.missing() == std::vector<std::string>{"heading", "points"});
  CHECK(s.text("extra") == "extra");  // a key English lacks is nobody's sentence
}

TEST_CASE("an unreadable file counts as one without keys, and an unknown key shows as itself") {
  const Sentences s = Sentences::read("de", "{not json", kEnglish);
  CHECK(s.text("total") == "Total: {0} / {1}");
  CHECK(s.missing().size() == 3);
  CHECK(s.text("noSuchKey") == "noSuchKey");
  CHECK(s.count("noSuchKey", 3) == "noSuchKey");
  const Sentences none = Sentences::read("en", "", "");
  CHECK(none.text("total") == "total");
}

TEST_CASE("a count takes its language's form, else other") {
  const Sentences ar = Sentences::read("ar", R"({"cli": {"points": {"zero": "z{0}",
    "one": "o{0}", "two": "t{0}", "few": "f{0}", "many": "m{0}", "other": "x{0}"}}})",
                                       kEnglish);
  CHECK(ar.count("points", 0) == "z0");
  CHECK(ar.count("points", 1) == "o1");
  CHECK(ar.count("points", 2) == "t2");
  CHECK(ar.count("points", 3) == "f3");
  CHECK(ar.count("points", 11) == "m11");
  CHECK(ar.count("points", 100) == "x100");
  const Sentences fr = Sentences::read("fr", R"({"cli": {"points": {"one": "{0} point",
    "other": "{0} points"}}})",
                                       kEnglish);
  CHECK(fr.count("points", 0) == "0 point");
  CHECK(fr.count("points", 1000000) == "1000000 points");  // no "many" form: "other"
  CHECK(fr.count("points", -1) == "-1 points");
}
