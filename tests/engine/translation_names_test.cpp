// CSV header names across a questionnaire's languages: words that would name one statement in one
// language and another in another are refused when a questionnaire or a language's file is read
// (name_clash.hpp), and matching never depends on which language comes first (statement_named);
// more names from the caller (CsvOptions::extra_names, the page's other built-in languages) are
// compared as a translation's are. Languages as they are listed (listed_languages).
#include <catch2/catch.hpp>

#include "crossroads/builtin_translations.hpp"
#include "crossroads/csv_layout.hpp"
#include "crossroads/csv_names.hpp"
#include "crossroads/result_json.hpp"
#include "crossroads/translation.hpp"
#include "name_clash.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

using Alloc = rapidjson::Document::AllocatorType;

const std::string& two_languages_json() {
  static const std::string json = test::source_file("docs/examples/two-languages.json");
  return json;
}

// The two-language example with the short labels given: English a, b, then French a, b.
std::string with_shorts(const char* en_a, const char* en_b, const char* fr_a, const char* fr_b) {
  return test::mutate(two_languages_json(), [&](rapidjson::Document& d, Alloc& alloc) {
    d["items"][0]["short"].SetString(en_a, alloc);
    d["items"][1]["short"].SetString(en_b, alloc);
    d["translations"]["fr"]["items"]["a"]["short"].SetString(fr_a, alloc);
    d["translations"]["fr"]["items"]["b"]["short"].SetString(fr_b, alloc);
  });
}

// The reviewer's questionnaire, which loading now refuses: built by hand, as a caller could.
// English a = Focus, b = Growth; French a = Growth, b = Focus.
Questionnaire swapped_in_memory() {
  Questionnaire q = test::load(two_languages_json());
  q.items[0].short_label = "Focus";
  q.items[1].short_label = "Growth";
  q.translations[0].texts.items[0].short_label = "Growth";
  q.translations[0].texts.items[1].short_label = "Focus";
  return q;
}

std::vector<std::string> lines_of(const Problems& problems) {
  std::vector<std::string> out;
  for (const Problem& p : problems) out.push_back(p.path + ": " + p.message);
  return out;
}

}  // namespace

TEST_CASE("a short label naming another statement in another language is refused, both paths",
          "[translation][csv][names]") {
  const Problems problems = test::problems_of(with_shorts("Focus", "Growth", "Growth", "Focus"));
  CHECK(lines_of(problems) ==
        std::vector<std::string>{
            "translations.fr.items.a.short: \"Growth\" names statement 1 here and statement 2 at "
            "items[1].short: a CSV column headed with it could mean either",
            "translations.fr.items.b.short: \"Focus\" names statement 2 here and statement 1 at "
            "items[0].short: a CSV column headed with it could mean either"});
  // Compared as header cells are: case, spaces and punctuation aside; a prompt against a label.
  const auto prompt = test::mutate(two_languages_json(), [](rapidjson::Document& d, Alloc& a) {
    d["translations"]["fr"]["items"]["b"]["prompt"].SetString("  best-DAY!", a);
  });
  CHECK(lines_of(test::problems_of(prompt)) ==
        std::vector<std::string>{"translations.fr.items.b.prompt: \"  best-DAY!\" names statement "
                                 "2 here and statement 1 at items[0].short: a CSV column headed "
                                 "with it could mean either"});
}

TEST_CASE("the same words for the same statement, or within one language, are no clash",
          "[translation][csv][names]") {
  CHECK(test::load(with_shorts("Focus", "Growth", "Focus", "Growth")).translations.size() == 1);
  // Two statements of one language with one label: loads as before; a header names neither.
  const Questionnaire q = test::load(with_shorts("Same", "Same", "Un", "Deux"));
  CHECK_FALSE(statement_named(q, "Same").has_value());
  CHECK(statement_named(q, "Deux") == std::optional<std::size_t>(1));
}

TEST_CASE("a language's file whose words name another statement of the questionnaire is refused",
          "[translation][csv][names]") {
  const Questionnaire base = test::load(two_languages_json());
  const std::string de =
      test::mutate(test::source_file("tests/fixtures/translations/example-de.json"),
                   [](rapidjson::Document& d, Alloc& a) {
                     d["texts"]["items"]["a"]["short"].SetString("Apprendre", a);
                   });
  const auto loaded = load_translation(base, de);
  REQUIRE_FALSE(loaded);
  CHECK(lines_of(loaded.error()) ==
        std::vector<std::string>{
            "texts.items.a.short: \"Apprendre\" names statement 1 here and statement 2 at "
            "translations.fr.items.b.short: a CSV column headed with it could mean either"});
}

TEST_CASE("check_name_clashes: each later language against every earlier one, once per text",
          "[translation][csv][names]") {
  const Questionnaire q = test::load(two_languages_json());
  std::vector<Item> fr = q.translations[0].texts.items;
  std::vector<Item> de = fr;
  std::swap(de[0].prompt, de[1].prompt);  // each French prompt, for the other statement
  Problems problems;
  detail::check_name_clashes({{&q.items, "items", false},
                              {&fr, "lang/fr.json texts.items", true},
                              {&de, "texts.items", true}},
                             problems);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].path == "texts.items.a.prompt");
  CHECK(problems[0].message.find("statement 2 at lang/fr.json texts.items.b.prompt") !=
        std::string::npos);
  CHECK(problems[1].path == "texts.items.b.prompt");
}

TEST_CASE("header names do not depend on which language comes first", "[translation][csv][names]") {
  const Questionnaire en = swapped_in_memory();
  const Questionnaire fr = in_language(en, "fr").value();
  for (const Questionnaire* q : {&en, &fr}) {
    INFO(q->lang);
    CHECK_FALSE(statement_named(*q, "Growth").has_value());
    CHECK_FALSE(statement_named(*q, "Focus").has_value());
    CHECK(statement_named(*q, "Qu’aimeriez-vous apprendre ensuite ?") ==
          std::optional<std::size_t>(1));
    // "Growth" names nothing, so statement 1 has no column: the same refusal in both orders.
    const auto layout = decide_csv_layout(*q, "id,Growth,b", std::string_view("p1,5,1"));
    REQUIRE_FALSE(layout);
    CHECK(layout.error().message.rfind("No column of the header names statement 1 ", 0) == 0);
  }
}

TEST_CASE("CsvOptions::extra_names: more words for the statements, compared as a translation's",
          "[translation][csv][names]") {
  const Questionnaire q = test::load(test::source_file("docs/examples/minimal.json"));
  CsvOptions options;
  options.extra_names = {{"Bester Tag", "Lernen"}, {"Tag"}};
  const StatementNames names(q, options.extra_names);
  CHECK(names.find("lernen") == std::optional<std::size_t>(1));
  CHECK(names.find("TAG") == std::optional<std::size_t>(0));  // a list shorter than the statements
  CHECK(names.find("Learning") == std::optional<std::size_t>(1));
  // Words that name another statement than the questionnaire's own: neither, as a translation's.
  CHECK_FALSE(StatementNames(q, {{"Learning", "x"}}).find("Learning").has_value());
  const auto layout =
      decide_csv_layout(q, "id,Lernen,Bester Tag", std::string_view("p1,2,5"), options);
  REQUIRE(layout);
  CHECK(layout.value().by_name);
  CHECK(layout.value().answer_fields == std::vector<std::size_t>{2, 1});
  // Without them the same header names nothing and is read by place (docs/csv-input.md).
  const auto by_place = decide_csv_layout(q, "id,Lernen,Bester Tag", std::string_view("p1,2,5"));
  REQUIRE(by_place);
  CHECK_FALSE(by_place.value().by_name);
  CHECK(by_place.value().answer_fields == std::vector<std::size_t>{1, 2});
}

TEST_CASE("every built-in language's names stand together without a clash",
          "[translation][names]") {
  for (const LanguageCheck& check : check_builtin_translations()) {
    INFO(check.lang << "\n" << test::describe(check.problems));
    CHECK(check.problems.empty());
  }
  // And the CLI's questionnaire holds them all, so each language's words name their statement.
  const auto q = builtin_questionnaire_with_languages(builtin_latest_version()).value();
  REQUIRE(q.translations.size() + 1 == builtin_languages().size());
  for (const Translation& t : q.translations) {
    for (std::size_t i = 0; i < t.texts.items.size(); ++i) {
      INFO(t.lang << " " << i);
      CHECK(statement_named(q, t.texts.items[i].prompt) == i);
      CHECK(statement_named(q, t.texts.items[i].short_label) == i);
    }
  }
}

TEST_CASE("listed_languages: the pseudo-locale only when it is the one in use", "[translation]") {
  CHECK(listed_languages({"en", "fr", "en-XA", "de"}) ==
        std::vector<std::string>{"en", "fr", "de"});
  CHECK(listed_languages({"en-XA", "en", "fr"}) == std::vector<std::string>{"en-XA", "en", "fr"});
  CHECK(listed_languages({}).empty());
  const auto languages_written = [](std::string_view lang) {
    const auto q = builtin_questionnaire_in(lang).value();
    return test::strings(test::parse_object(questionnaire_to_json(q))["languages"]);
  };
  CHECK(languages_written("fr") == std::vector<std::string>{"fr", "en", "de", "es", "pt-BR", "ar"});
  CHECK(languages_written(kPseudoLocale).front() == kPseudoLocale);
  CHECK(languages_written(kPseudoLocale).size() == builtin_languages().size());
}
