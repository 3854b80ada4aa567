// load_questionnaire on a questionnaire's structure: bands that must tile the possible totals,
// themes, statement ids and the scale, each problem reported with its path.

#include <catch2/catch.hpp>
#include <limits>

#include "test_support.hpp"

using namespace crossroads;
using rapidjson::Value;
using test::has_problem;
using test::problems_of;
using Alloc = rapidjson::Document::AllocatorType;

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

TEST_CASE("a band reaching the highest allowed edge is reported as an overlap, not a gap",
          "[load][bands][regression]") {
  const auto json = test::builtin_mutated([](rapidjson::Document& d, Alloc&) {
    d["bands"][0]["max"].SetInt(200000);  // covers every total
  });
  const auto problems = problems_of(json);
  INFO(test::describe(problems));
  // Regression (fixed in afbc83a): check_coverage computed b.max + 1, which overflowed (undefined
  // behaviour) for INT_MAX; the next band was then said to leave "totals 0 to 49" uncovered.
  for (const auto& p : problems) CHECK_FALSE(test::contains(p.message, "gap"));
  CHECK(has_problem(problems, "bands[1].min", "overlap"));
}

// The published schema bounds band edges to what 200 statements at a scale end of 1000 can
// total; the engine says the same bound, whatever size the number is written in.
TEST_CASE("a band edge beyond 200000 is refused with the bound", "[load][bands]") {
  for (const double edge : {200001.0, -200001.0, 2147483647.0, 1e18, 1e300}) {
    CAPTURE(edge);
    const auto json = test::builtin_mutated(
        [edge](rapidjson::Document& d, Alloc&) { d["bands"][0]["max"].SetDouble(edge); });
    const auto problems = problems_of(json);
    INFO(test::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(has_problem(problems, "bands[0].max", "must lie between -200000 and 200000"));
  }
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
