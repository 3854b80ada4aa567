// The built-in questionnaire's languages (builtin_translations.hpp): every embedded file loads
// against the latest version with no problem at all, so a shipped language that lacks a text or
// has one too many fails here; and each language scores every answer exactly as English does.
#include <catch2/catch.hpp>
#include <random>

#include "crossroads/builtin_translations.hpp"
#include "crossroads/csv.hpp"
#include "crossroads/result_json.hpp"
#include "crossroads/translation.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

const std::vector<std::string> kExpectedLanguages = {"en",    "fr", "de",   "es",
                                                     "pt-BR", "ar", "en-XA"};
constexpr int kAnswerSets = 300;           // random answer sets scored in every language
constexpr unsigned kSeed = 20260113;       // fixed, so a failure can be run again
constexpr double kFastSeconds = 10.0;      // under 2 s per statement: the "fast" note
constexpr double kUnhurriedSeconds = 600;  // well over it

Questionnaire in(const std::string& lang) {
  auto q = builtin_questionnaire_in(lang);
  if (!q) FAIL("no built-in language " << lang);
  return *q;
}

}  // namespace

TEST_CASE("the built-in questionnaire's languages, its own first", "[translation][builtin]") {
  CHECK(builtin_languages() == kExpectedLanguages);
  const auto all = builtin_questionnaire_with_languages(builtin_latest_version());
  REQUIRE(all.has_value());
  CHECK(languages_of(*all) == kExpectedLanguages);
  CHECK(kPseudoLocale == "en-XA");
}

TEST_CASE("every embedded language loads against the latest version with no problem",
          "[translation][builtin]") {
  const auto checks = check_builtin_translations();
  REQUIRE(checks.size() == kExpectedLanguages.size() - 1);
  for (std::size_t i = 0; i < checks.size(); ++i) {
    INFO(checks[i].lang << ":\n" << test::describe(checks[i].problems));
    CHECK(checks[i].lang == kExpectedLanguages[i + 1]);
    CHECK(checks[i].problems.empty());
  }
}

TEST_CASE("each language has every text, in that language, and the same ids and rules",
          "[translation][builtin]") {
  const Questionnaire& en = test::builtin();
  const std::string en_json = questionnaire_to_json(en);
  for (const std::string& lang : kExpectedLanguages) {
    INFO(lang);
    const Questionnaire q = in(lang);
    CHECK(q.lang == lang);
    CHECK(languages_of(q).front() == lang);
    CHECK(languages_of(q).size() == kExpectedLanguages.size());
    CHECK(q.id == en.id);
    CHECK(q.version == en.version);
    CHECK(q.low.id == en.low.id);
    CHECK(q.high.id == en.high.id);
    REQUIRE(q.items.size() == en.items.size());
    for (std::size_t i = 0; i < q.items.size(); ++i) {
      CHECK(q.items[i].id == en.items[i].id);
      CHECK(q.items[i].reverse == en.items[i].reverse);
      CHECK_FALSE(q.items[i].prompt.empty());
      CHECK_FALSE(q.items[i].low.empty());
    }
    for (std::size_t b = 0; b < q.bands.size(); ++b) {
      CHECK(q.bands[b].min == en.bands[b].min);
      CHECK(q.bands[b].max == en.bands[b].max);
      CHECK(q.bands[b].advice.size() == en.bands[b].advice.size());
    }
    CHECK(q.about.size() == en.about.size());
    REQUIRE(q.shapes.has_value());
    REQUIRE(q.quality.has_value());
    // Another language's words: every statement reads differently from the English one.
    if (lang != "en") {
      for (std::size_t i = 0; i < q.items.size(); ++i)
        CHECK(q.items[i].prompt != en.items[i].prompt);
      CHECK(questionnaire_to_json(q) != en_json);
    }
  }
  // The pseudo-locale brackets every text, so one left in English shows at a glance.
  for (const Item& item : in("en-XA").items) CHECK(item.prompt.front() == '[');
}

TEST_CASE("every language scores every answer as English does", "[translation][builtin]") {
  const Questionnaire& en = test::builtin();
  std::vector<Questionnaire> others;
  for (std::size_t l = 1; l < kExpectedLanguages.size(); ++l)
    others.push_back(in(kExpectedLanguages[l]));
  std::mt19937 random(kSeed);
  std::uniform_int_distribution<int> answer(en.scale_min, en.scale_max);
  std::string en_csv = csv_header(en);
  std::vector<std::string> csv(others.size());
  for (std::size_t l = 0; l < others.size(); ++l) csv[l] = csv_header(others[l]);
  for (int set = 0; set < kAnswerSets; ++set) {
    std::vector<int> answers(en.items.size());
    for (int& a : answers) a = answer(random);
    const double seconds = set % 2 == 0 ? kFastSeconds : kUnhurriedSeconds;
    const Result expected = test::score_ok(en, answers, seconds);
    en_csv += csv_line(en, std::to_string(set), score(en, test::raw(answers), seconds));
    for (std::size_t l = 0; l < others.size(); ++l) {
      INFO(others[l].lang << " set " << set);
      const Result r = test::score_ok(others[l], answers, seconds);
      CHECK(r.total == expected.total);
      CHECK(r.band == expected.band);
      CHECK(r.shape == expected.shape);
      CHECK(r.quality == expected.quality);
      CHECK(r.drivers.low == expected.drivers.low);
      CHECK(r.drivers.high == expected.drivers.high);
      CHECK(r.borderline == expected.borderline);
      csv[l] +=
          csv_line(others[l], std::to_string(set), score(others[l], test::raw(answers), seconds));
    }
  }
  // CSV output holds ids and numbers only: byte for byte the same in every language.
  for (std::size_t l = 0; l < others.size(); ++l) {
    INFO(others[l].lang);
    CHECK(csv[l] == en_csv);
  }
}

TEST_CASE("earlier versions exist only in English", "[translation][builtin]") {
  const auto v1 = builtin_questionnaire_with_languages(1);
  REQUIRE(v1.has_value());
  CHECK(v1->translations.empty());
  CHECK(languages_of(*v1) == std::vector<std::string>{"en"});
  CHECK_FALSE(builtin_questionnaire_in(1, "fr").has_value());
  REQUIRE(builtin_questionnaire_in(1, "en").has_value());
  CHECK(builtin_questionnaire_in(1, "en")->version == 1);
  CHECK_FALSE(builtin_questionnaire_with_languages(0).has_value());
  CHECK_FALSE(builtin_questionnaire_with_languages(builtin_latest_version() + 1).has_value());
  CHECK_FALSE(builtin_questionnaire_in("xx").has_value());
  CHECK(builtin_questionnaire_in("fr")->version == builtin_latest_version());
}
