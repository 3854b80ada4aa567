// answers_from_json / rows_from_json: answers arriving as JSON from the page or a file.
#include "crossroads/answers_json.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace crossroads;
using Kind = RawAnswer::Kind;

TEST_CASE("answers_from_json reads numbers, null and strings", "[answers_json]") {
  const auto a = answers_from_json(R"([7, null, "3", " 4 ", "", "7.5", "abc", 2.5, -1, 10])");
  REQUIRE(a.ok());
  const auto& v = a.value();
  REQUIRE(v.size() == 10);
  CHECK(v[0].kind == Kind::number);
  CHECK(v[0].number == 7);
  CHECK(v[1].kind == Kind::missing);
  CHECK(v[2].kind == Kind::number);
  CHECK(v[2].number == 3);
  CHECK(v[3].kind == Kind::number);
  CHECK(v[3].number == 4);
  CHECK(v[4].kind == Kind::missing);
  CHECK(v[5].kind == Kind::number);
  CHECK(v[5].number == 7.5);
  CHECK(v[6].kind == Kind::text);
  CHECK(v[6].text == "abc");
  CHECK(v[7].number == 2.5);
  CHECK(v[8].number == -1);
  CHECK(v[9].number == 10);
}

TEST_CASE("answers_from_json: bools and nested values are not numbers", "[answers_json]") {
  const auto a = answers_from_json(R"([true, false, [5], {"a": 5}, "nan", "1e3"])");
  REQUIRE(a.ok());
  for (const auto& r : a.value()) CHECK(r.kind == Kind::text);
  CHECK(a.value()[0].text == "true");
  CHECK(a.value()[1].text == "false");
}

TEST_CASE("answers_from_json feeds check_answers with the right error per statement",
          "[answers_json]") {
  const auto& q = test::builtin();
  struct Case {
    const char* third;
    ErrorCode code;
  };
  for (const Case c :
       {Case{"null", ErrorCode::missing_answer}, Case{"\"abc\"", ErrorCode::not_a_number},
        Case{"true", ErrorCode::not_a_number}, Case{"[1]", ErrorCode::not_a_number},
        Case{"{}", ErrorCode::not_a_number}, Case{"7.5", ErrorCode::not_an_integer},
        Case{"\"7.5\"", ErrorCode::not_an_integer}, Case{"11", ErrorCode::out_of_range},
        Case{"1e300", ErrorCode::out_of_range}}) {
    CAPTURE(c.third);
    const std::string json = std::string("[5,5,") + c.third + ",5,5,5,5,5,5,5,5,5,5,5,5]";
    const auto a = answers_from_json(json);
    REQUIRE(a.ok());
    const auto checked = check_answers(q, a.value());
    REQUIRE_FALSE(checked.ok());
    CHECK(code_name(checked.error().code) == code_name(c.code));
    CHECK(checked.error().item == 3);
    CHECK(test::contains(checked.error().message, "Statement 3"));
  }
  const auto good = answers_from_json("[5,5,\"7.0\",5,5,5,5,5,5,5,5,5,5,5,5.0]");
  REQUIRE(good.ok());
  const auto checked = check_answers(q, good.value());
  REQUIRE(checked.ok());
  CHECK(checked.value()[2] == 7);
}

TEST_CASE("answers_from_json: malformed JSON is bad_file with a message", "[answers_json]") {
  for (const char* bad : {"", "[1,2", "[1,,2]", "{", "nope", "[1] [2]", "[NaN]", "[Infinity]"}) {
    CAPTURE(bad);
    const auto a = answers_from_json(bad);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().code == ErrorCode::bad_file);
    CHECK(a.error().item == 0);
    CHECK(test::contains(a.error().message, "The answers cannot be read: "));
    CHECK(test::contains(a.error().message, "(line 1, column "));
  }
}

TEST_CASE("answers_from_json: a value that is not a list is bad_file", "[answers_json]") {
  for (const char* bad : {"{}", "7", "\"7\"", "null"}) {
    CAPTURE(bad);
    const auto a = answers_from_json(bad);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().code == ErrorCode::bad_file);
    CHECK(test::contains(a.error().message, "list"));
  }
}

TEST_CASE("answers_from_json: invalid UTF-8 is refused", "[answers_json]") {
  for (const std::string bad :
       {std::string("[\"\xff\"]"), std::string("[\"\xc3\"]"), std::string("[\"a\xed\xa0\x80\"]")}) {
    const auto a = answers_from_json(bad);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().code == ErrorCode::bad_file);
  }
  // valid UTF-8 text is just "not a number"
  const auto ok = answers_from_json("[\"sept \xc3\xa9\"]");
  REQUIRE(ok.ok());
  CHECK(ok.value()[0].kind == Kind::text);
}

TEST_CASE("rows_from_json reads ids and answers", "[answers_json]") {
  const auto rows = rows_from_json(R"([
    {"id": "alice", "answers": [1, 2, null]},
    {"answers": [5]},
    {"id": "carol", "answers": "nope"},
    42,
    {"id": 7, "answers": []}
  ])");
  REQUIRE(rows.ok());
  const auto& r = rows.value();
  REQUIRE(r.size() == 5);
  CHECK(r[0].id == "alice");
  REQUIRE(r[0].answers.size() == 3);
  CHECK(r[0].answers[2].kind == Kind::missing);
  CHECK(r[1].id == "2");  // no id: numbered from 1
  CHECK(r[1].answers.size() == 1);
  CHECK(r[2].id == "carol");
  CHECK(r[2].answers.empty());
  CHECK(r[3].id == "4");
  CHECK(r[3].answers.empty());
  CHECK(r[4].id == "5");  // a non-text id is ignored
}

TEST_CASE("rows_from_json: malformed JSON and non-lists are bad_file", "[answers_json]") {
  for (const char* bad : {"[{\"id\": \"a\"", "{\"id\": \"a\"}", "", "\"rows\""}) {
    CAPTURE(bad);
    const auto rows = rows_from_json(bad);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().code == ErrorCode::bad_file);
    CHECK_FALSE(rows.error().message.empty());
  }
  const auto utf8 = rows_from_json("[{\"id\": \"\xff\", \"answers\": []}]");
  REQUIRE_FALSE(utf8.ok());
  CHECK(utf8.error().code == ErrorCode::bad_file);
}
