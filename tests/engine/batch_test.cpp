// score_batch: many respondents at once; a bad row yields its own error and never stops the rows
// after it.
#include "crossroads/batch.hpp"

#include <catch2/catch.hpp>

#include "crossroads/answers_json.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

Respondent row(std::string id, std::vector<RawAnswer> answers) {
  return {std::move(id), std::move(answers)};
}

std::vector<RawAnswer> fives_with(int number, RawAnswer a) {
  auto answers = test::raw(std::vector<int>(15, 5));
  answers[static_cast<std::size_t>(number - 1)] = std::move(a);
  return answers;
}

}  // namespace

TEST_CASE("score_batch: bad rows mixed in each get their own error", "[batch]") {
  const auto& q = test::builtin();
  // good rows answered so their scored values total 30, 75 and 120
  const auto totalling = [&q](int total) {
    return test::raw(test::answers_for(q, test::summing_to(total)));
  };
  const std::vector<Respondent> rows{
      row("good-1", totalling(30)),
      row("count", test::raw(std::vector<int>(14, 5))),
      row("good-2", totalling(75)),
      row("missing", fives_with(4, RawAnswer::missing())),
      row("text", fives_with(9, RawAnswer::from_token("abc"))),
      row("fraction", fives_with(12, RawAnswer::from_token("7.5"))),
      row("range", fives_with(15, RawAnswer::from_token("11"))),
      row("good-3", totalling(120)),
      row("empty", {}),
  };
  const auto out = score_batch(q, rows);
  REQUIRE(out.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) CHECK(out[i].id == rows[i].id);

  struct Bad {
    std::size_t index;
    ErrorCode code;
    int item;
  };
  for (const Bad b : {Bad{1, ErrorCode::answer_count, 0}, Bad{3, ErrorCode::missing_answer, 4},
                      Bad{4, ErrorCode::not_a_number, 9}, Bad{5, ErrorCode::not_an_integer, 12},
                      Bad{6, ErrorCode::out_of_range, 15}, Bad{8, ErrorCode::answer_count, 0}}) {
    CAPTURE(b.index);
    REQUIRE_FALSE(out[b.index].outcome.ok());
    CHECK(code_name(out[b.index].outcome.error().code) == code_name(b.code));
    CHECK(out[b.index].outcome.error().item == b.item);
    if (b.item > 0)
      CHECK(test::contains(out[b.index].outcome.error().message,
                           "Statement " + std::to_string(b.item)));
  }
  struct Good {
    std::size_t index;
    int total;
    const char* band;
  };
  for (const Good g : {Good{0, 30, "management"}, Good{2, 75, "both"}, Good{7, 120, "mastery"}}) {
    CAPTURE(g.index);
    REQUIRE(out[g.index].outcome.ok());
    CHECK(out[g.index].outcome.value().total == g.total);
    CHECK(q.bands[out[g.index].outcome.value().band].id == g.band);
  }
}

TEST_CASE("score_batch matches scoring each row alone", "[batch]") {
  const auto& q = test::builtin();
  std::vector<Respondent> rows;
  for (int t = 0; t <= 150; t += 7)
    rows.push_back(row("t" + std::to_string(t), test::raw(test::summing_to(t))));
  const auto out = score_batch(q, rows);
  REQUIRE(out.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto alone = score(q, rows[i].answers);
    REQUIRE(out[i].outcome.ok());
    CHECK(out[i].outcome.value().total == alone.value().total);
    CHECK(out[i].outcome.value().band == alone.value().band);
    CHECK(out[i].outcome.value().shape == alone.value().shape);
  }
}

TEST_CASE("score_batch: empty input gives no rows", "[batch]") {
  CHECK(score_batch(test::builtin(), {}).empty());
}

TEST_CASE("score_batch from rows_from_json: non-object rows are answer-count errors",
          "[batch][answers_json]") {
  const auto& q = test::builtin(2);
  const auto rows = rows_from_json(R"([
    {"id": "a", "answers": [5,5,5,5,5,5,5,5,5,5,5,5,5,5,5]},
    "junk",
    {"id": "c", "answers": [5,5,5,5,5,5,5,5,5,5,5,5,5,5,null]},
    {"id": "d", "answers": [10,10,10,10,10,10,10,10,10,10,10,10,10,10,10]}
  ])");
  REQUIRE(rows.ok());
  const auto out = score_batch(q, rows.value());
  REQUIRE(out.size() == 4);
  REQUIRE(out[0].outcome.ok());
  CHECK(out[0].outcome.value().total == 75);
  CHECK(out[1].id == "2");
  REQUIRE_FALSE(out[1].outcome.ok());
  CHECK(out[1].outcome.error().code == ErrorCode::answer_count);
  REQUIRE_FALSE(out[2].outcome.ok());
  CHECK(out[2].outcome.error().code == ErrorCode::missing_answer);
  CHECK(out[2].outcome.error().item == 15);
  REQUIRE(out[3].outcome.ok());
  // all 10s on version 2: eight statements scored 10, the seven reversed ones scored 0
  CHECK(out[3].outcome.value().total == 80);
}
