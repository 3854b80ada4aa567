// team_insight_to_json: the one form `crossroads team --json` and the WASM object share. Below the
// floor only the counts of rows; above it, every figure, null where the engine has none.
#include "crossroads/team_insight_json.hpp"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_support.hpp"

using namespace crossroads;

TEST_CASE("below the floor: the counts of rows, every aggregate null", "[team_insight_json]") {
  const Questionnaire& q = test::builtin();
  TeamTally team(q);
  team.add(std::vector<int>(15, 5));
  team.add_excluded();
  CHECK(team_insight_to_json(q, team.insight(5)) ==
        R"({"questionnaire":{"id":"crossroads","version":)" + std::to_string(q.version) +
            R"(},"n":1,"excluded":1,"min_group":5,"suppressed":true,"reliability":null,)"
            R"("sem":null,"band_uncertain":null,"bands":null})");
}

TEST_CASE("above the floor: counts as whole numbers, undefined figures as null",
          "[team_insight_json]") {
  const Questionnaire& q = test::builtin();
  TeamTally team(q);
  // Everyone answers 5 to every statement: nothing varies, so alpha, the interval, each
  // correlation and the SEM cannot be computed.
  for (int person = 0; person < 6; ++person) team.add(std::vector<int>(15, 5));
  const std::string json = team_insight_to_json(q, team.insight(5));
  CHECK(json.find("nan") == std::string::npos);
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["n"].IsInt64());
  CHECK(d["n"].GetInt64() == 6);
  CHECK(d["bands"]["both"].GetInt64() == 6);
  CHECK(d["sem"].IsNull());
  CHECK(d["band_uncertain"].IsNull());
  const auto& total = d["reliability"]["total"];
  CHECK(total["alpha"].IsNull());
  CHECK(total["ci"].IsNull());
  CHECK(total["reading"] == "too_few");
  CHECK(total["total_sd"].GetDouble() == 0.0);
  CHECK(total["items"][0]["item_total"].IsNull());
  CHECK(total["items"][0]["counts"][5].GetInt64() == 6);
  CHECK(d["reliability"]["themes"].Size() == 5);
  CHECK(d["reliability"]["themes"][0]["id"] == "impact");
}
