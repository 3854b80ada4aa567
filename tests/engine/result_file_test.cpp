#include "crossroads/result_file.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace crossroads;

namespace {

const std::vector<int> kAnswers{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4};

std::string exported(const Questionnaire& q) {
  return result_file_json(q, score_checked(q, kAnswers, 95.0), "2026-11-23T08:00:00Z", 95.0);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("an exported result file reads back to the same answers, time and date") {
  const Questionnaire q = builtin_questionnaire();
  const auto file = read_result_file(q, exported(q));
  REQUIRE(file.ok());
  CHECK(file.value().answers == kAnswers);
  REQUIRE(file.value().seconds.has_value());
  CHECK(*file.value().seconds == 95.0);
  CHECK(file.value().date == "2026-11-23T08:00:00Z");
}

TEST_CASE("the file carries the computed result next to the answers") {
  const Questionnaire q = builtin_questionnaire();
  const std::string text = exported(q);
  CHECK(text.find("\"format\":\"crossroads-result\"") != std::string::npos);
  CHECK(text.find("\"total\":65") != std::string::npos);
  CHECK(text.find("\"answers\":[1,2,3,4,5,6,7,8,9,10,0,1,2,3,4]") != std::string::npos);
}

TEST_CASE("an edited total is ignored: importing re-scores the answers") {
  const Questionnaire q = builtin_questionnaire();
  const auto file = read_result_file(q, replaced(exported(q), "\"total\":65", "\"total\":149"));
  REQUIRE(file.ok());
  CHECK(score_checked(q, file.value().answers).total == 65);
}

TEST_CASE("bad result files are refused with a message naming the problem") {
  const Questionnaire q = builtin_questionnaire();
  const std::string good = exported(q);

  SECTION("not JSON") {
    const auto file = read_result_file(q, "{not json");
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::bad_file);
  }
  SECTION("another format") {
    const auto file = read_result_file(q, replaced(good, "crossroads-result", "something-else"));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().message.find("format") != std::string::npos);
  }
  SECTION("another questionnaire") {
    const auto file =
        read_result_file(q, replaced(good, "\"id\":\"crossroads\"", "\"id\":\"other\""));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::wrong_questionnaire);
  }
  SECTION("an answer out of range names its statement") {
    const auto file = read_result_file(q, replaced(good, "\"answers\":[1,", "\"answers\":[11,"));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::out_of_range);
    CHECK(file.error().item == 1);
  }
  SECTION("a missing answer") {
    const auto file = read_result_file(q, replaced(good, "\"answers\":[1,", "\"answers\":[null,"));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::missing_answer);
  }
  SECTION("too few answers") {
    const auto file = read_result_file(q, replaced(good, "\"answers\":[1,", "\"answers\":["));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::answer_count);
  }
  SECTION("no answers at all") {
    const auto file = read_result_file(q, R"({"format":"crossroads-result"})");
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().message.find("answers") != std::string::npos);
  }
}
