// load_questionnaire on fields: missing, unknown and wrongly typed fields are each reported with
// their path, all at once; optional fields may be left out, the credit and the about paragraphs
// included.

#include <catch2/catch.hpp>
#include <limits>

#include "test_support.hpp"

using namespace crossroads;
using rapidjson::Value;
using test::has_problem;
using test::problems_of;
using Alloc = rapidjson::Document::AllocatorType;

TEST_CASE("missing required fields are each reported with their path", "[load][fields]") {
  SECTION("root field") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d.RemoveMember("title"); });
    const auto problems = problems_of(json);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "title");
    CHECK(test::contains(problems[0].message, "missing"));
  }
  SECTION("item field") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc&) { d["items"][2].RemoveMember("prompt"); });
    const auto problems = problems_of(json);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "items[2].prompt");
  }
  SECTION("band field") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc&) { d["bands"][0].RemoveMember("summary"); });
    CHECK(has_problem(problems_of(json), "bands[0].summary", "missing"));
  }
  SECTION("scale field") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc&) { d["scale"].RemoveMember("max"); });
    CHECK(has_problem(problems_of(json), "scale.max", "missing"));
  }
  SECTION("pole field") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc&) { d["poles"]["high"].RemoveMember("label"); });
    CHECK(has_problem(problems_of(json), "poles.high.label", "missing"));
  }
  SECTION("several missing fields") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
      d.RemoveMember("format");
      d.RemoveMember("id");
      d.RemoveMember("items");
    });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    CHECK(has_problem(problems, "format", "missing"));
    CHECK(has_problem(problems, "id", "missing"));
    CHECK(has_problem(problems, "items", "missing"));
  }
}

TEST_CASE("an unknown field (a typo) is reported, not ignored", "[load][fields]") {
  SECTION("in an item") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["items"][3].AddMember("reverese", true, a); });
    const auto problems = problems_of(json);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "items[3].reverese");
    CHECK(test::contains(problems[0].message, "not a known field"));
  }
  SECTION("at the root") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d.AddMember("titel", "x", a); });
    const auto problems = problems_of(json);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "titel");
  }
  SECTION("in a band") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
      d["bands"][2].AddMember("next_step", Value(rapidjson::kArrayType), a);
    });
    CHECK(has_problem(problems_of(json), "bands[2].next_step", "not a known field"));
  }
  SECTION("in the quality texts") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["quality"].AddMember("slow", "x", a); });
    CHECK(has_problem(problems_of(json), "quality.slow", "not a known field"));
  }
}

TEST_CASE("wrongly typed fields are reported", "[load][fields]") {
  SECTION("format other than 1") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["format"].SetInt(2); });
    CHECK(has_problem(problems_of(json), "format", "must be 1"));
  }
  SECTION("version 0") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["version"].SetInt(0); });
    CHECK(has_problem(problems_of(json), "version"));
  }
  SECTION("id with capitals") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["id"].SetString("Cross Roads", a); });
    CHECK(has_problem(problems_of(json), "id", "a-z"));
  }
  SECTION("reverse not a bool") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["items"][0].AddMember("reverse", "yes", a); });
    CHECK(has_problem(problems_of(json), "items[0].reverse", "true or false"));
  }
  SECTION("empty prompt") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["items"][1]["prompt"].SetString("", a); });
    CHECK(has_problem(problems_of(json), "items[1].prompt", "empty"));
  }
  SECTION("advice entry not a text") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["bands"][0]["advice"].PushBack(3, a); });
    CHECK(has_problem(problems_of(json), "bands[0].advice[4]", "non-empty text"));
  }
  SECTION("item not an object") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["items"][14].SetInt(7); });
    CHECK(has_problem(problems_of(json), "items[14]", "statement 15"));
  }
  SECTION("poles with the same id") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
      d["poles"]["high"]["id"].SetString("management", a);
    });
    CHECK(has_problem(problems_of(json), "poles.high.id", "differ"));
  }
  SECTION("no items") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["items"].SetArray(); });
    CHECK(has_problem(problems_of(json), "items", "between 1 and 200"));
  }
}

TEST_CASE("several problems are all reported at once", "[load]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
    d.RemoveMember("title");                       // 1: title missing
    d["scale"]["min"].SetDouble(0.5);              // 2: scale.min not whole
    d["items"][1]["id"].SetString("impact-1", a);  // 3: duplicate statement id
    d["items"][9]["theme"].SetString("lief", a);   // 4: unknown theme
    d["items"][12].AddMember("revers", true, a);   // 5: unknown field
    d["bands"][0].RemoveMember("explanation");     // 6: band field missing
    d["version"].SetInt(0);                        // 7: version below 1
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  CHECK(problems.size() == 7);
  CHECK(has_problem(problems, "title", "missing"));
  CHECK(has_problem(problems, "scale.min", "whole number"));
  CHECK(has_problem(problems, "items[1].id", "statement 2"));
  CHECK(has_problem(problems, "items[9].theme", "statement 10"));
  CHECK(has_problem(problems, "items[12].revers", "not a known field"));
  CHECK(has_problem(problems, "bands[0].explanation", "missing"));
  CHECK(has_problem(problems, "version", "1 or more"));
}

TEST_CASE("optional fields may be left out", "[load][fields]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
    d.RemoveMember("intro");
    d.RemoveMember("shapes");
    d.RemoveMember("quality");
    d["themes"][0].RemoveMember("description");
    for (const char* f : {"advice", "next_steps", "questions"}) d["bands"][1].RemoveMember(f);
  });
  const auto q = test::load(json);
  CHECK(q.intro.empty());
  CHECK(q.themes[0].description.empty());
  CHECK(q.bands[1].advice.empty());
  CHECK(q.bands[1].next_steps.empty());
  CHECK(q.bands[1].questions.empty());
  CHECK_FALSE(q.shapes.has_value());
  CHECK_FALSE(q.quality.has_value());
}

TEST_CASE("credit and about are optional and read as written", "[load][fields][credit]") {
  SECTION("left out") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
      d.RemoveMember("credit");
      d.RemoveMember("about");
    });
    const auto q = test::load(json);
    CHECK(q.credit.empty());
    CHECK(q.about.empty());
  }
  SECTION("a custom questionnaire without them") {
    const auto q = test::load(test::Spec{});
    CHECK(q.credit.empty());
    CHECK(q.about.empty());
  }
  SECTION("present") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
      d["credit"].SetString("After an idea by someone else.", a);
      Value about(rapidjson::kArrayType);
      about.PushBack("One.", a);
      about.PushBack("Two, with “quotes”.", a);
      d["about"] = about;
    });
    const auto q = test::load(json);
    CHECK(q.credit == "After an idea by someone else.");
    CHECK(q.about == std::vector<std::string>{"One.", "Two, with “quotes”."});
  }
}

TEST_CASE("an empty credit or about paragraph is a problem naming its path",
          "[load][fields][credit]") {
  SECTION("empty credit") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["credit"].SetString("", a); });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(has_problem(problems, "credit", "empty"));
  }
  SECTION("an empty paragraph in about") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["about"][1].SetString("", a); });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(has_problem(problems, "about[1]", "non-empty text"));
  }
  SECTION("both, and the last paragraph") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
      d["credit"].SetString("", a);
      d["about"].PushBack("", a);
    });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    const auto last = "about[" + std::to_string(test::builtin().about.size()) + "]";
    CHECK(problems.size() == 2);
    CHECK(has_problem(problems, "credit", "empty"));
    CHECK(has_problem(problems, last, "non-empty text"));
  }
}

TEST_CASE("a wrongly typed credit or about is reported", "[load][fields][credit]") {
  SECTION("credit a number") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["credit"].SetInt(5); });
    CHECK(has_problem(problems_of(json), "credit", "text"));
  }
  SECTION("credit a list") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
      Value list(rapidjson::kArrayType);
      list.PushBack("Mike Hawkins", a);
      d["credit"] = list;
    });
    CHECK(has_problem(problems_of(json), "credit", "text"));
  }
  SECTION("credit null") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["credit"].SetNull(); });
    CHECK(has_problem(problems_of(json), "credit", "text"));
  }
  SECTION("about a text, not a list") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["about"].SetString("One paragraph.", a); });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(has_problem(problems, "about", "list of texts"));
  }
  SECTION("about paragraphs that are not texts") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
      d["about"][0].SetInt(1);
      d["about"][2].SetObject();
    });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    CHECK(problems.size() == 2);
    CHECK(has_problem(problems, "about[0]", "text"));
    CHECK(has_problem(problems, "about[2]", "text"));
  }
  SECTION("a typo is not taken for about") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d.AddMember("abuot", "x", a); });
    CHECK(has_problem(problems_of(json), "abuot", "not a known field"));
  }
}
