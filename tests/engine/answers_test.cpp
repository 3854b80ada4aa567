// RawAnswer::from_token reads tokens the way a person typed them; check_answers turns them into
// whole numbers on the scale or reports the first statement at fault.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "test_support.hpp"

using namespace crossroads;
using Kind = RawAnswer::Kind;

TEST_CASE("from_token reads plain decimals as numbers", "[answers][token]") {
  struct Case {
    const char* token;
    double value;
  };
  for (const Case c : {Case{"7", 7}, Case{" 7 ", 7}, Case{"\t7\t", 7}, Case{"7.0", 7},
                       Case{"7.5", 7.5}, Case{"-1", -1}, Case{"+3", 3}, Case{"0", 0},
                       Case{"10", 10}, Case{"007", 7}, Case{"7.", 7}, Case{".5", 0.5}}) {
    CAPTURE(c.token);
    const auto a = RawAnswer::from_token(c.token);
    REQUIRE(a.kind == Kind::number);
    CHECK(a.number == Approx(c.value));
  }
}

TEST_CASE("from_token treats blank as missing", "[answers][token]") {
  for (const char* token : {"", " ", "   ", "\t", " \t "}) {
    CAPTURE(token);
    CHECK(RawAnswer::from_token(token).kind == Kind::missing);
  }
}

TEST_CASE("from_token refuses anything but plain decimals", "[answers][token]") {
  for (const char* token : {"abc", "nan", "NaN", "inf", "-inf", "Infinity", "1e3", "1E3", "0x10",
                            "7,5", "7 5", "--1", "-", "+", ".", "seven", "5a", "1.2.3"}) {
    CAPTURE(token);
    const auto a = RawAnswer::from_token(token);
    CHECK(a.kind == Kind::text);
    CHECK(a.text == token);
  }
}

TEST_CASE("from_token keeps at most 40 characters of the original text", "[answers][token]") {
  const std::string long_token(100, 'x');
  const auto a = RawAnswer::from_token(long_token);
  REQUIRE(a.kind == Kind::text);
  CHECK(a.text == std::string(40, 'x'));
}

TEST_CASE("check_answers accepts whole numbers on the scale", "[answers][check]") {
  const auto& q = test::builtin();
  const std::vector<int> given{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 0, 5, 7};
  const auto checked = check_answers(q, test::raw(given));
  REQUIRE(checked.ok());
  CHECK(checked.value() == given);

  const auto from_tokens =
      check_answers(q, test::tokens({"7.0", " 3 ", "10", "0", "5", "5", "5", "5", "5", "5", "5",
                                     "5", "5", "5", "-0"}));
  REQUIRE(from_tokens.ok());
  CHECK(from_tokens.value()[0] == 7);
  CHECK(from_tokens.value()[1] == 3);
  CHECK(from_tokens.value()[14] == 0);
}

TEST_CASE("check_answers reports a wrong number of answers", "[answers][check]") {
  const auto& q = test::builtin();
  for (const int n : {0, 1, 14, 16, 30}) {
    CAPTURE(n);
    const auto checked =
        check_answers(q, test::raw(std::vector<int>(static_cast<std::size_t>(n), 5)));
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::answer_count);
    CHECK(checked.error().item == 0);
    CHECK(test::contains(checked.error().message, "15"));
    CHECK(test::contains(checked.error().message, std::to_string(n)));
  }
}

namespace {

// Fifteen fives with statement `number` replaced by `answer`.
std::vector<RawAnswer> with(int number, RawAnswer answer) {
  auto answers = test::raw(std::vector<int>(15, 5));
  answers[static_cast<std::size_t>(number - 1)] = std::move(answer);
  return answers;
}

void expect_error(const std::vector<RawAnswer>& answers, ErrorCode code, int item) {
  const auto checked = check_answers(test::builtin(), answers);
  REQUIRE_FALSE(checked.ok());
  CHECK(code_name(checked.error().code) == code_name(code));
  CHECK(checked.error().item == item);
  INFO(checked.error().message);
  CHECK(test::contains(checked.error().message, "Statement " + std::to_string(item)));
}

}  // namespace

TEST_CASE("check_answers names the statement with a missing answer", "[answers][check]") {
  for (const int n : {1, 8, 15}) {
    CAPTURE(n);
    expect_error(with(n, RawAnswer::missing()), ErrorCode::missing_answer, n);
    expect_error(with(n, RawAnswer::from_token("  ")), ErrorCode::missing_answer, n);
  }
}

TEST_CASE("check_answers names the statement whose answer is not a number", "[answers][check]") {
  for (const int n : {1, 9, 15}) {
    CAPTURE(n);
    expect_error(with(n, RawAnswer::from_token("abc")), ErrorCode::not_a_number, n);
    const auto checked = check_answers(test::builtin(), with(n, RawAnswer::from_token("abc")));
    CHECK(test::contains(checked.error().message, "\"abc\""));
    expect_error(with(n, RawAnswer::from_token("nan")), ErrorCode::not_a_number, n);
    expect_error(with(n, RawAnswer::from_token("1e3")), ErrorCode::not_a_number, n);
  }
}

TEST_CASE("check_answers names the statement whose answer is not whole", "[answers][check]") {
  for (const int n : {1, 4, 15}) {
    CAPTURE(n);
    expect_error(with(n, RawAnswer::from_token("7.5")), ErrorCode::not_an_integer, n);
    const auto checked = check_answers(test::builtin(), with(n, RawAnswer::from_token("7.5")));
    CHECK(test::contains(checked.error().message, "7.5"));
  }
  expect_error(with(3, RawAnswer::of(std::numeric_limits<double>::quiet_NaN())),
               ErrorCode::not_an_integer, 3);
  expect_error(with(3, RawAnswer::of(std::numeric_limits<double>::infinity())),
               ErrorCode::not_an_integer, 3);
  expect_error(with(3, RawAnswer::of(-std::numeric_limits<double>::infinity())),
               ErrorCode::not_an_integer, 3);
}

TEST_CASE("check_answers names the statement whose answer is out of range", "[answers][check]") {
  for (const int n : {1, 11, 15}) {
    CAPTURE(n);
    expect_error(with(n, RawAnswer::from_token("11")), ErrorCode::out_of_range, n);
    expect_error(with(n, RawAnswer::from_token("-1")), ErrorCode::out_of_range, n);
    expect_error(with(n, RawAnswer::of(1e12)), ErrorCode::out_of_range, n);
  }
  const auto checked = check_answers(test::builtin(), with(2, RawAnswer::from_token("11")));
  CHECK(test::contains(checked.error().message, "11"));
  CHECK(test::contains(checked.error().message, "0 to 10"));
  const auto negative = check_answers(test::builtin(), with(2, RawAnswer::from_token("-1")));
  CHECK(test::contains(negative.error().message, "-1"));
}

TEST_CASE("check_answers reports the first problem in statement order", "[answers][check]") {
  auto answers = test::raw(std::vector<int>(15, 5));
  answers[11] = RawAnswer::missing();
  answers[5] = RawAnswer::from_token("11");
  answers[8] = RawAnswer::from_token("abc");
  expect_error(answers, ErrorCode::out_of_range, 6);
}

TEST_CASE("check_answers uses the questionnaire's own scale", "[answers][check]") {
  test::Spec s;
  s.items = 4;
  s.themes = 2;
  s.min = 1;
  s.max = 5;
  const auto q = test::load(s);
  CHECK(check_answers(q, test::raw({1, 5, 3, 2})).ok());
  const auto zero = check_answers(q, test::raw({1, 5, 0, 2}));
  REQUIRE_FALSE(zero.ok());
  CHECK(zero.error().code == ErrorCode::out_of_range);
  CHECK(zero.error().item == 3);
  CHECK(test::contains(zero.error().message, "1 to 5"));
  const auto six = check_answers(q, test::raw({6, 5, 3, 2}));
  REQUIRE_FALSE(six.ok());
  CHECK(six.error().item == 1);
  const auto count = check_answers(q, test::raw(std::vector<int>(15, 3)));
  REQUIRE_FALSE(count.ok());
  CHECK(count.error().code == ErrorCode::answer_count);
}

// The message repeats the value that is not whole; it must not show a whole number (which would
// contradict "is not a whole number").
TEST_CASE("a tiny fraction is not shown as a whole number in the message",
          "[answers][check][regression]") {
  for (const char* token : {"0.0000001", "6.9999999", "7.0000001"}) {
    CAPTURE(token);
    const auto checked = check_answers(test::builtin(), with(1, RawAnswer::from_token(token)));
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::not_an_integer);
    const auto& m = checked.error().message;
    INFO(m);
    // Regression (fixed in afbc83a): the value was rounded to six decimals for display, so the
    // message read "Statement 1: 0 is not a whole number." / "Statement 1: 7 is not a whole
    // number."
    CHECK_FALSE(test::contains(m, ": 0 is not"));
    CHECK_FALSE(test::contains(m, ": 7 is not"));
    CHECK_FALSE(test::contains(m, ": 0. is not"));
    CHECK_FALSE(test::contains(m, ": 7. is not"));
  }
}

TEST_CASE("code_name gives the documented names", "[answers]") {
  CHECK(code_name(ErrorCode::answer_count) == "answer_count");
  CHECK(code_name(ErrorCode::missing_answer) == "missing_answer");
  CHECK(code_name(ErrorCode::not_a_number) == "not_a_number");
  CHECK(code_name(ErrorCode::not_an_integer) == "not_an_integer");
  CHECK(code_name(ErrorCode::out_of_range) == "out_of_range");
  CHECK(code_name(ErrorCode::bad_link) == "bad_link");
  CHECK(code_name(ErrorCode::wrong_questionnaire) == "wrong_questionnaire");
  CHECK(code_name(ErrorCode::bad_file) == "bad_file");
}
