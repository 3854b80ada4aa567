// load_questionnaire: the built-in versions load, text that is not a questionnaire is refused,
// and other scales and item counts load fine. Bands, themes and the scale:
// questionnaire_load_structure_test.cpp; fields and texts: questionnaire_load_fields_test.cpp.

#include <catch2/catch.hpp>
#include <limits>

#include "test_support.hpp"

using namespace crossroads;
using rapidjson::Value;
using test::has_problem;
using test::problems_of;
using Alloc = rapidjson::Document::AllocatorType;

namespace {

rapidjson::Document parsed(std::string_view json) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

}  // namespace

TEST_CASE("the built-in questionnaire loads without problems", "[load]") {
  auto loaded = load_questionnaire(builtin_questionnaire_json());
  INFO((loaded ? std::string() : test::describe(loaded.error())));
  REQUIRE(loaded.ok());
  CHECK(loaded.value().item_count() == 15);
  CHECK(loaded.value().id == "crossroads");
}

TEST_CASE("the content files on disk are the embedded ones", "[load]") {
  // The build drops line breaks and indentation when it embeds a file, so the texts are compared
  // as JSON values: every field and text the same, whatever the layout.
  struct File {
    const char* path;
    int version;
  };
  for (const File f : {File{"assessment/content/questionnaire.json", builtin_latest_version()},
                       File{"assessment/content/archive/questionnaire-v1.json", 1}}) {
    CAPTURE(f.path);
    const auto embedded = builtin_questionnaire_json(f.version);
    REQUIRE(embedded.has_value());
    const auto on_disk = parsed(test::source_file(f.path));
    CHECK(on_disk == parsed(*embedded));
    REQUIRE(on_disk.HasMember("version"));
    CHECK(on_disk["version"].GetInt() == f.version);
  }
}

TEST_CASE("text that is not JSON is one problem with an empty path", "[load]") {
  const std::pair<std::string, std::string> cases[] = {
      {"", "no JSON value: the text is empty or only spaces (line 1, column 1)"},
      {"not json", "not valid JSON: Invalid value (line 1, column 2)"},
      {"{\"format\": 1,", "not valid JSON: Missing a name for object member (line 1, column 14)"},
      {"{\"a\":1} trailing", "more text after the end of the JSON value (line 1, column 9)"},
      {"[1,2", "not valid JSON: Missing a comma or ']' after an array element (line 1, column 5)"}};
  for (const auto& [bad, message] : cases) {
    CAPTURE(bad);
    const auto problems = problems_of(bad);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path.empty());
    CHECK(problems[0].message == message);
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
  CHECK(test::contains(problems[0].message, "bytes that are not UTF-8 in a text (line "));
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
    const auto q = test::load(test::source_file("docs/examples/minimal.json"));
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
  // every built-in version: the flag as written in its JSON, false where it is left out
  int reversed = 0;
  for (int v = 1; v <= builtin_latest_version(); ++v) {
    CAPTURE(v);
    const auto json = parsed(*builtin_questionnaire_json(v));
    const auto& loaded = test::builtin(v);
    REQUIRE(json["items"].Size() == loaded.items.size());
    for (rapidjson::SizeType i = 0; i < json["items"].Size(); ++i) {
      CAPTURE(i + 1);
      const auto& item = json["items"][i];
      const bool written = item.HasMember("reverse") && item["reverse"].GetBool();
      CHECK(loaded.items[i].reverse == written);
      reversed += written ? 1 : 0;
    }
  }
  CHECK(reversed > 0);  // some version reverses statements, so both cases are covered
  // version 1 reverses none
  for (const auto& item : test::builtin(1).items) CHECK_FALSE(item.reverse);
}

TEST_CASE("the example custom questionnaire in docs/examples loads", "[load]") {
  const auto q = test::load(test::source_file("docs/examples/team-lead.json"));
  CHECK(q.item_count() > 0);
}
