// result_file_json / read_result_file: the exported result file reads back, is re-scored on
// import, and is refused when it belongs to another questionnaire or version.
#include "crossroads/result_file.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace crossroads;

namespace {

const std::vector<int> kAnswers{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4};
// Their total: 65 on version 1 (the plain sum); 57 on version 2, which reverses statements 2, 3,
// 5, 7, 9, 10 and 14 (scored 1 8 7 4 5 6 3 8 1 0 0 1 2 7 4).
constexpr int kTotalV1 = 65;
constexpr int kTotalV2 = 57;

Questionnaire version(int v) {
  const auto q = builtin_questionnaire(v);
  REQUIRE(q.has_value());
  return *q;
}

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
  const Questionnaire q = builtin_questionnaire();  // the latest version
  const auto file = read_result_file(q, exported(q));
  REQUIRE(file.ok());
  CHECK(file.value().answers == kAnswers);
  REQUIRE(file.value().seconds.has_value());
  CHECK(*file.value().seconds == 95.0);
  CHECK(file.value().date == "2026-11-23T08:00:00Z");
}

TEST_CASE("the file carries the computed result next to the answers") {
  const Questionnaire q = version(2);
  const std::string text = exported(q);
  CHECK(text.find("\"format\":\"crossroads-result\"") != std::string::npos);
  CHECK(text.find("\"total\":" + std::to_string(kTotalV2) + ",") != std::string::npos);
  CHECK(text.find("\"questionnaire\":{\"id\":\"crossroads\",\"version\":2") != std::string::npos);
  CHECK(text.find("\"answers\":[1,2,3,4,5,6,7,8,9,10,0,1,2,3,4]") != std::string::npos);
}

TEST_CASE("an edited total is ignored: importing re-scores the answers") {
  const Questionnaire q = version(2);
  const auto file = read_result_file(
      q, replaced(exported(q), "\"total\":" + std::to_string(kTotalV2), "\"total\":149"));
  REQUIRE(file.ok());
  CHECK(score_checked(q, file.value().answers).total == kTotalV2);
}

TEST_CASE("a version 1 file is read by version 1 and refused by version 2") {
  const Questionnaire v1 = version(1);
  const Questionnaire v2 = version(2);
  const std::string old_file = exported(v1);
  REQUIRE(old_file.find("\"total\":" + std::to_string(kTotalV1) + ",") != std::string::npos);

  const auto by_v2 = read_result_file(v2, old_file);
  REQUIRE_FALSE(by_v2.ok());
  CHECK(by_v2.error().code == ErrorCode::wrong_questionnaire);
  CHECK_FALSE(by_v2.error().message.empty());

  const auto by_v1 = read_result_file(v1, old_file);
  REQUIRE(by_v1.ok());
  CHECK(by_v1.value().answers == kAnswers);
  CHECK(by_v1.value().date == "2026-11-23T08:00:00Z");
  // scored by version 1's definition, it shows the total it was exported with
  CHECK(score_checked(v1, by_v1.value().answers).total == kTotalV1);

  // and the other way round: a version 2 file is not read as version 1
  const auto new_by_v1 = read_result_file(v1, exported(v2));
  REQUIRE_FALSE(new_by_v1.ok());
  CHECK(new_by_v1.error().code == ErrorCode::wrong_questionnaire);
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
  SECTION("an id that only starts like this questionnaire's, up to an escaped NUL") {
    // Compared as a C string, "crossroads\u0000x" read as "crossroads": an editor shows another id.
    const auto file = read_result_file(
        q, replaced(good, "\"id\":\"crossroads\"", "\"id\":\"crossroads\\u0000x\""));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::wrong_questionnaire);
  }
  SECTION("a version written 2.0 is the same version") {
    const auto file = read_result_file(q, replaced(good, "\"version\":2}", "\"version\":2.0}"));
    CHECK(file.ok());
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
