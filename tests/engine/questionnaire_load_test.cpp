// load_questionnaire: the built-in loads, every validation problem is reported with its path,
// and other scales and item counts load fine.
#include <catch2/catch.hpp>
#include <limits>

#include "test_support.hpp"

using namespace crossroads;
using rapidjson::Value;
using test::has_problem;
using test::problems_of;
using Alloc = rapidjson::Document::AllocatorType;

TEST_CASE("the built-in questionnaire loads without problems", "[load]") {
  auto loaded = load_questionnaire(builtin_questionnaire_json());
  INFO((loaded ? std::string() : test::describe(loaded.error())));
  REQUIRE(loaded.ok());
  CHECK(loaded.value().item_count() == 15);
  CHECK(loaded.value().id == "crossroads");
}

TEST_CASE("the content file on disk is the embedded one", "[load]") {
  std::FILE* f = std::fopen(CROSSROADS_SOURCE_DIR "/assessment/content/questionnaire.json", "rb");
  REQUIRE(f != nullptr);
  std::string text;
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  CHECK(text == std::string(builtin_questionnaire_json()));
}

TEST_CASE("text that is not JSON is one problem with an empty path", "[load]") {
  for (const std::string bad : {"", "not json", "{\"format\": 1,", "{\"a\":1} trailing", "[1,2"}) {
    CAPTURE(bad);
    const auto problems = problems_of(bad);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path.empty());
    CHECK(test::contains(problems[0].message, "not valid JSON"));
  }
}

TEST_CASE("a JSON value that is not an object is refused", "[load]") {
  for (const std::string bad : {"[]", "42", "\"text\"", "null"}) {
    CAPTURE(bad);
    const auto problems = problems_of(bad);
    REQUIRE(problems.size() == 1);
    CHECK(test::contains(problems[0].message, "object"));
  }
}

TEST_CASE("invalid UTF-8 in a questionnaire is refused", "[load]") {
  std::string json(builtin_questionnaire_json());
  const auto at = json.find("Management, mastery");
  REQUIRE(at != std::string::npos);
  json[at] = '\xff';
  const auto problems = problems_of(json);
  REQUIRE(problems.size() == 1);
  CHECK(test::contains(problems[0].message, "not valid JSON"));
}

TEST_CASE("a gap between bands names the band and the missing totals", "[load][bands]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
    d["bands"][1]["min"].SetInt(55);  // 50..54 belong to no band
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "bands[1].min");
  CHECK(test::contains(problems[0].message, "gap"));
  CHECK(test::contains(problems[0].message, "50 to 54"));
}

TEST_CASE("a first band starting above the lowest total is a gap", "[load][bands]") {
  const auto json =
      test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["bands"][0]["min"].SetInt(1); });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "bands[0].min");
  CHECK(test::contains(problems[0].message, "0 to 0"));
}

TEST_CASE("a first band starting below the lowest total is refused", "[load][bands]") {
  const auto json = test::builtin_mutated(
      [](rapidjson::Document& d, Alloc&) { d["bands"][0]["min"].SetInt(-5); });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "bands[0].min");
  CHECK(test::contains(problems[0].message, "lowest possible total 0"));
}

TEST_CASE("overlapping bands name the band and the shared totals", "[load][bands]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
    d["bands"][2]["min"].SetInt(95);  // 95..100 are already "both"
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "bands[2].min");
  CHECK(test::contains(problems[0].message, "overlap"));
  CHECK(test::contains(problems[0].message, "95 to 100"));
}

TEST_CASE("bands that do not reach the highest total are refused", "[load][bands]") {
  const auto json = test::builtin_mutated(
      [](rapidjson::Document& d, Alloc&) { d["bands"][2]["max"].SetInt(140); });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "bands[2].max");
  CHECK(test::contains(problems[0].message, "150"));
  CHECK(test::contains(problems[0].message, "140"));
}

TEST_CASE("bands that go past the highest total are refused", "[load][bands]") {
  const auto json = test::builtin_mutated(
      [](rapidjson::Document& d, Alloc&) { d["bands"][2]["max"].SetInt(151); });
  const auto problems = problems_of(json);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "bands[2].max");
}

TEST_CASE("a band whose max is below its min is refused", "[load][bands]") {
  const auto json = test::builtin_mutated(
      [](rapidjson::Document& d, Alloc&) { d["bands"][1]["max"].SetInt(40); });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  CHECK(has_problem(problems, "bands[1].max", "below min"));
}

TEST_CASE("an empty band list is refused", "[load][bands]") {
  const auto json =
      test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["bands"].SetArray(); });
  const auto problems = problems_of(json);
  CHECK(has_problem(problems, "bands", "at least one band"));
}

TEST_CASE("a duplicate band id is refused", "[load][bands]") {
  const auto json = test::builtin_mutated(
      [](rapidjson::Document& d, Alloc& a) { d["bands"][1]["id"].SetString("management", a); });
  CHECK(has_problem(problems_of(json), "bands[1].id", "duplicate band id \"management\""));
}

TEST_CASE("a duplicate statement id names the statement", "[load][items]") {
  const auto json = test::builtin_mutated(
      [](rapidjson::Document& d, Alloc& a) { d["items"][4]["id"].SetString("impact-1", a); });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "items[4].id");
  CHECK(test::contains(problems[0].message, "statement 5"));
  CHECK(test::contains(problems[0].message, "\"impact-1\""));
}

TEST_CASE("a duplicate theme id is refused", "[load][themes]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
    d["themes"][3]["id"].SetString("energy", a);
    // keep every theme in use so the duplicate is the only problem
    for (auto& item : d["items"].GetArray()) {
      if (std::string(item["theme"].GetString()) == "life") item["theme"].SetString("energy", a);
    }
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  CHECK(has_problem(problems, "themes[3].id", "duplicate theme id \"energy\""));
}

TEST_CASE("an unknown theme names the statement and lists the themes", "[load][themes]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
    d["items"][6]["theme"].SetString("stile", a);
    d["items"][7]["theme"].SetString("style", a);  // style keeps its other statements
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "items[6].theme");
  const auto& m = problems[0].message;
  CHECK(test::contains(m, "statement 7"));
  CHECK(test::contains(m, "\"stile\""));
  CHECK(test::contains(m, "impact, energy, style, life, growth"));
}

TEST_CASE("a theme with no statements is refused", "[load][themes]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
    for (auto& item : d["items"].GetArray()) {
      if (std::string(item["theme"].GetString()) == "growth") item["theme"].SetString("life", a);
    }
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "themes[4]");
  CHECK(test::contains(problems[0].message, "\"growth\""));
  CHECK(test::contains(problems[0].message, "no statements"));
}

TEST_CASE("an empty theme list is refused", "[load][themes]") {
  test::Spec s;
  s.themes = 0;
  const auto problems = problems_of(test::questionnaire_json(s));
  INFO(test::describe(problems));
  CHECK(has_problem(problems, "themes", "at least one theme"));
}

TEST_CASE("a bad scale is refused with the scale's path", "[load][scale]") {
  SECTION("max equal to min") {
    test::Spec s;
    s.min = 5;
    s.max = 5;
    s.bands = {{75, 75}};
    const auto problems = problems_of(test::questionnaire_json(s));
    INFO(test::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "scale.max");
    CHECK(test::contains(problems[0].message, "greater than scale.min (5)"));
  }
  SECTION("max below min") {
    const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
      d["scale"]["min"].SetInt(10);
      d["scale"]["max"].SetInt(0);
    });
    CHECK(has_problem(problems_of(json), "scale.max", "greater than scale.min"));
  }
  SECTION("non-integer min") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc&) { d["scale"]["min"].SetDouble(0.5); });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(has_problem(problems, "scale.min", "whole number"));
  }
  SECTION("text max") {
    const auto json = test::builtin_mutated(
        [](rapidjson::Document& d, Alloc& a) { d["scale"]["max"].SetString("10", a); });
    CHECK(has_problem(problems_of(json), "scale.max", "whole number"));
  }
  SECTION("range over 100") {
    test::Spec s;
    s.items = 2;
    s.themes = 1;
    s.min = 0;
    s.max = 101;
    CHECK(has_problem(problems_of(test::questionnaire_json(s)), "scale", "100"));
  }
  SECTION("scale not an object") {
    const auto json =
        test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["scale"].SetInt(10); });
    CHECK(has_problem(problems_of(json), "scale", "object"));
  }
}

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

TEST_CASE("two band tiling problems are both reported", "[load][bands]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
    d["bands"][1]["min"].SetInt(52);   // gap 50..51
    d["bands"][2]["max"].SetInt(149);  // does not reach 150
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  CHECK(problems.size() == 2);
  CHECK(has_problem(problems, "bands[1].min", "gap"));
  CHECK(has_problem(problems, "bands[2].max", "150"));
}

TEST_CASE("other item counts and scales load", "[load]") {
  SECTION("4 items on 1-5") {
    test::Spec s;
    s.items = 4;
    s.themes = 2;
    s.min = 1;
    s.max = 5;
    s.bands = {{4, 10}, {11, 20}};
    const auto q = test::load(s);
    CHECK(q.item_count() == 4);
    CHECK(q.scale_min == 1);
    CHECK(q.scale_max == 5);
    CHECK(q.min_total() == 4);
    CHECK(q.max_total() == 20);
    CHECK(q.themes.size() == 2);
    CHECK(q.items_of_theme(0) == std::vector<std::size_t>{0, 1});
    CHECK(q.items_of_theme(1) == std::vector<std::size_t>{2, 3});
  }
  SECTION("1 item, one band, no texts") {
    test::Spec s;
    s.items = 1;
    s.themes = 1;
    s.bands = {{0, 10}};
    s.texts = false;
    const auto q = test::load(s);
    CHECK(q.bands.size() == 1);
    CHECK_FALSE(q.shapes.has_value());
    CHECK_FALSE(q.quality.has_value());
  }
  SECTION("200 items on 0-100") {
    test::Spec s;
    s.items = 200;
    s.themes = 10;
    s.min = 0;
    s.max = 100;
    const auto q = test::load(s);
    CHECK(q.max_total() == 20000);
  }
  SECTION("201 items are refused") {
    test::Spec s;
    s.items = 201;
    s.themes = 1;
    s.min = 0;
    s.max = 1;
    CHECK(has_problem(problems_of(test::questionnaire_json(s)), "items", "201"));
  }
  SECTION("negative scale -3..3") {
    test::Spec s;
    s.items = 6;
    s.themes = 3;
    s.min = -3;
    s.max = 3;
    const auto q = test::load(s);
    CHECK(q.min_total() == -18);
    CHECK(q.max_total() == 18);
  }
  SECTION("the schema doc's example") {
    const std::string json = R"({
      "format": 1, "id": "example", "version": 1, "title": "Example", "intro": "Two statements.",
      "scale": { "min": 1, "max": 5 },
      "poles": { "low": { "id": "people", "label": "People" }, "high": { "id": "craft", "label": "Craft" } },
      "themes": [ { "id": "all", "title": "Everything", "description": "Both statements." } ],
      "items": [
        { "id": "a", "theme": "all", "prompt": "Where does your best day happen?", "short": "Best day",
          "low": "In a meeting that unblocks my team", "high": "Deep in a hard problem" },
        { "id": "b", "theme": "all", "prompt": "What would you rather learn next?", "short": "Learning",
          "low": "Coaching", "high": "A new technique", "reverse": false }
      ],
      "bands": [
        { "id": "people", "min": 2, "max": 5, "title": "People", "summary": "You lean to people.",
          "explanation": "x", "advice": [], "next_steps": [], "questions": [] },
        { "id": "craft", "min": 6, "max": 10, "title": "Craft", "summary": "You lean to craft.",
          "explanation": "x", "advice": [], "next_steps": [], "questions": [] }
      ]
    })";
    const auto q = test::load(json);
    CHECK(q.item_count() == 2);
    CHECK(q.low.id == "people");
    CHECK(q.high.id == "craft");
  }
}

TEST_CASE("reverse items are read, defaulting to false", "[load][items]") {
  test::Spec s;
  s.reverse = {2, 5};
  const auto q = test::load(s);
  for (int i = 1; i <= 15; ++i) {
    CAPTURE(i);
    CHECK(q.items[static_cast<std::size_t>(i - 1)].reverse == (i == 2 || i == 5));
  }
  for (const auto& item : test::builtin().items) CHECK_FALSE(item.reverse);
}

TEST_CASE("band_of maps totals onto bands", "[load][bands]") {
  const auto& q = test::builtin();
  CHECK(q.band_of(0) == 0);
  CHECK(q.band_of(49) == 0);
  CHECK(q.band_of(50) == 1);
  CHECK(q.band_of(100) == 1);
  CHECK(q.band_of(101) == 2);
  CHECK(q.band_of(150) == 2);
}

// The scale's documented limits (max > min, range at most 100; the engine also bounds each end
// to -1000..1000) must hold for every whole number JSON can carry.
TEST_CASE("a scale minimum of -2147483648 is refused", "[load][scale][regression]") {
  test::Spec s;
  s.items = 1;
  s.themes = 1;
  s.min = 0;  // replaced below
  s.max = 10;
  s.bands = {{0, 10}};
  const auto json = test::mutate(test::questionnaire_json(s), [](rapidjson::Document& d, Alloc&) {
    d["scale"]["min"].SetInt(std::numeric_limits<int>::min());
    d["bands"][0]["min"].SetInt(std::numeric_limits<int>::min());
  });
  const auto loaded = load_questionnaire(json);
  // Regression (fixed in afbc83a): std::abs(INT_MIN) is undefined (in practice still negative) and
  // 10 - INT_MIN overflowed, so the scale -2147483648..10 passed every check and loaded as valid.
  REQUIRE_FALSE(loaded.ok());
  CHECK(has_problem(loaded.error(), "scale"));
}

// "reporting every problem ... so an author fixes them in one pass": a typo in one statement does
// not stop the band tiling from being checked.
TEST_CASE("a band gap is reported alongside an unrelated problem", "[load][bands][regression]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc& a) {
    d["items"][7].AddMember("revers", true, a);  // unknown field in statement 8
    d["bands"][1]["min"].SetInt(55);             // totals 50..54 belong to no band
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  CHECK(has_problem(problems, "items[7].revers", "not a known field"));
  // Regression (fixed in afbc83a): the band coverage check only ran when there was no other
  // problem at all, so the gap was reported only after the typo was fixed.
  CHECK(has_problem(problems, "bands[1].min", "gap"));
}

TEST_CASE("a band reaching 2147483647 is reported as an overlap, not a gap",
          "[load][bands][regression]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
    d["bands"][0]["max"].SetInt(std::numeric_limits<int>::max());  // covers every total
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  // Regression (fixed in afbc83a): check_coverage computed b.max + 1, which overflowed (undefined
  // behaviour); the next band was then said to leave "totals 0 to 49" uncovered.
  for (const auto& p : problems) CHECK_FALSE(test::contains(p.message, "gap"));
  CHECK(has_problem(problems, "bands[1].min", "overlap"));
}

TEST_CASE("a statement that is not an object does not upset the band check", "[load][bands]") {
  const auto json =
      test::builtin_mutated([](rapidjson::Document& d, Alloc&) { d["items"][14].SetInt(7); });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "items[14]");
}

TEST_CASE("too many statements: the bands are not checked against a truncated count",
          "[load][bands][regression]") {
  // 201 statements with bands that tile 0..2010 correctly for 201 statements.
  test::Spec s;
  s.items = 201;
  s.themes = 3;
  s.bands = {{0, 669}, {670, 1339}, {1340, 2010}};
  const auto problems = problems_of(test::questionnaire_json(s));
  INFO(test::describe(problems));
  CHECK(has_problem(problems, "items", "found 201"));
  // Regression (introduced in afbc83a, fixed in 3899e99): only the first 200 statements are kept,
  // so the bands were checked against 200 x 10 and a second, misleading problem appeared:
  // "bands[2].max: must be the highest possible total 2000 (200 statements x 10), found 2010".
  CHECK(problems.size() == 1);
  for (const auto& p : problems) CHECK_FALSE(test::contains(p.message, "statements x"));
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

TEST_CASE("the example custom questionnaire in docs/examples loads", "[load]") {
  std::FILE* f = std::fopen(CROSSROADS_SOURCE_DIR "/docs/examples/team-lead.json", "rb");
  if (f == nullptr) return;  // example not present in this checkout
  std::string text;
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  const auto q = test::load(text);
  CHECK(q.item_count() > 0);
}
