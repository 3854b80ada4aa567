// questionnaire_to_json (the questionnaire as the engine reads it, credit and about included) and
// problems_to_json, read back with RapidJSON.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "crossroads/result_json.hpp"
#include "test_support.hpp"

using namespace crossroads;
using test::parse_object;
using test::str;
using test::strings;

TEST_CASE("questionnaire_to_json round-trips through load_questionnaire",
          "[result_json][questionnaire]") {
  SECTION("built-in") {
    const auto& q = test::builtin();
    const std::string once = questionnaire_to_json(q);
    const auto again = test::load(once);
    CHECK(questionnaire_to_json(again) == once);
    CHECK(again.id == q.id);
    CHECK(again.items.size() == q.items.size());
    for (std::size_t i = 0; i < q.items.size(); ++i) {
      CHECK(again.items[i].prompt == q.items[i].prompt);
      CHECK(again.items[i].theme == q.items[i].theme);
    }
    REQUIRE(again.bands.size() == 3);
    CHECK(again.bands[2].advice == q.bands[2].advice);
    REQUIRE(again.shapes.has_value());
    CHECK(again.shapes->split.title == q.shapes->split.title);
    REQUIRE(again.quality.has_value());
    CHECK(again.quality->fast == q.quality->fast);

    CHECK(again.credit == q.credit);
    CHECK(again.about == q.about);
    for (std::size_t i = 0; i < q.items.size(); ++i)
      CHECK(again.items[i].reverse == q.items[i].reverse);

    const auto d = parse_object(once);
    CHECK(d["format"].GetInt() == 1);
    CHECK(d["scale"]["min"].GetInt() == 0);
    CHECK(d["scale"]["max"].GetInt() == 10);
    CHECK(str(d["poles"]["low"]["id"]) == "management");
    CHECK(d["items"][0]["reverse"].IsFalse());  // default filled in
  }
  SECTION("custom with reverse items and no texts") {
    test::Spec s;
    s.min = 1;
    s.max = 5;
    s.items = 4;
    s.themes = 2;
    s.bands = {{4, 20}};
    s.reverse = {3};
    s.texts = false;
    const auto q = test::load(s);
    const std::string once = questionnaire_to_json(q);
    const auto again = test::load(once);
    CHECK(questionnaire_to_json(again) == once);
    CHECK(again.items[2].reverse);
    CHECK_FALSE(again.shapes.has_value());
    const auto d = parse_object(once);
    CHECK_FALSE(d.HasMember("shapes"));
    CHECK_FALSE(d.HasMember("quality"));
  }
}

TEST_CASE("questionnaire_to_json writes the credit and the about paragraphs",
          "[result_json][questionnaire][credit]") {
  SECTION("built-in version 2") {
    const auto& q = test::builtin(2);
    REQUIRE_FALSE(q.credit.empty());
    REQUIRE(q.about.size() >= 2);
    const auto d = parse_object(questionnaire_to_json(q));
    REQUIRE(d.HasMember("credit"));
    CHECK(str(d["credit"]) == q.credit);
    REQUIRE(d.HasMember("about"));
    REQUIRE(d["about"].IsArray());
    CHECK(strings(d["about"]) == q.about);
    CHECK(test::contains(str(d["credit"]), "Mike Hawkins"));
    CHECK(d["version"].GetInt() == 2);
    // the reverse flags, as the engine reads them
    for (rapidjson::SizeType i = 0; i < 15; ++i)
      CHECK(d["items"][i]["reverse"].GetBool() == q.items[i].reverse);
  }
  SECTION("texts with quotes, line breaks and non-ASCII survive") {
    const auto q = test::load(
        test::mutate(test::questionnaire_json(test::Spec{}), [](rapidjson::Document& d, auto& a) {
          d.AddMember("credit", "From “A \"quoted\" article”.", a);
          rapidjson::Value about(rapidjson::kArrayType);
          about.PushBack("First\nparagraph.", a);
          about.PushBack("Zweiter Absatz: äöü.", a);
          d.AddMember("about", about, a);
        }));
    const auto d = parse_object(questionnaire_to_json(q));
    CHECK(str(d["credit"]) == "From “A \"quoted\" article”.");
    CHECK(strings(d["about"]) ==
          std::vector<std::string>{"First\nparagraph.", "Zweiter Absatz: äöü."});
    CHECK(test::load(questionnaire_to_json(q)).about == q.about);
  }
  SECTION("without a credit, the written JSON still loads") {
    // The schema (docs/questionnaire.schema.json) wants a credit to be non-empty when present.
    test::Spec s;
    s.texts = false;
    const auto q = test::load(s);
    REQUIRE(q.credit.empty());
    REQUIRE(q.about.empty());
    const std::string once = questionnaire_to_json(q);
    const auto d = parse_object(once);
    CHECK((!d.HasMember("credit") || d["credit"].GetStringLength() > 0));
    const auto again = load_questionnaire(once);
    INFO((again ? std::string() : test::describe(again.error())));
    CHECK(again.ok());
  }
}

TEST_CASE("problems_to_json lists path and message", "[result_json]") {
  const auto problems =
      test::problems_of(test::builtin_mutated([](rapidjson::Document& d, auto& a) {
        d.RemoveMember("title");
        d["items"][3].AddMember("oops", 1, a);
      }));
  const auto d = parse_object(problems_to_json(problems));
  CHECK_FALSE(d["ok"].GetBool());
  REQUIRE(d["problems"].Size() == problems.size());
  REQUIRE(problems.size() == 2);
  for (rapidjson::SizeType i = 0; i < problems.size(); ++i) {
    CHECK(str(d["problems"][i]["path"]) == problems[i].path);
    CHECK(str(d["problems"][i]["message"]) == problems[i].message);
  }
  const auto empty = parse_object(problems_to_json({}));
  CHECK(empty["problems"].Size() == 0);
  const auto not_json = parse_object(problems_to_json(test::problems_of("{")));
  CHECK(str(not_json["problems"][0]["path"]).empty());
}
