// CsvReader's options (a separator, an id column) and the sentences it gives a row it cannot read:
// "1 value" and "2 values", too many fields by name, an answer problem naming its column; and
// custom questionnaires read by name.
#include <catch2/catch.hpp>

#include "csv_test_support.hpp"

using namespace crossroads;
using test::checked;
using test::id_column;
using test::join;
using test::kA;
using test::kB;
using test::read_csv;
using test::rows_of;
using test::separator;

TEST_CASE("CsvOptions::separator at the reader", "[csv][input][real]") {
  const auto& q = test::builtin();
  // A comma file read as semicolons: each line is one field, every row reported.
  const auto wrong = read_csv(q, "ana," + join(kA) + "\nbob," + join(kB) + "\n", separator(';'));
  REQUIRE(wrong.rows.size() == 2U);
  CHECK(wrong.rows[0].id == "1");
  REQUIRE(wrong.rows[0].problem.has_value());
  CHECK(wrong.rows[0].problem->message == "Line 1: expected 15 answers, found 1 value.");
  CHECK(wrong.rows[1].problem->message == "Line 2: expected 15 answers, found 1 value.");
  REQUIRE(wrong.layout.has_value());
  CHECK(wrong.layout->separator == ';');
  CHECK_FALSE(wrong.layout->separator_detected);
  // The right one, given: read as detected.
  const auto tab = test::read_fixture("tab-one-row.tsv", separator('\t'));
  REQUIRE(tab.rows.size() == 1U);
  CHECK(tab.rows[0].id == "ana");
  CHECK_FALSE(tab.layout->separator_detected);
}

TEST_CASE("row messages by place: 1 value, 2 values, 1 answer", "[csv][input][real]") {
  const auto& q = test::builtin();
  const auto rows = test::rows_of(q, join(kA) + "\n5\n5,5\n");
  REQUIRE(rows.size() == 3U);
  CHECK(rows[1].problem->message == "Line 2: expected 15 answers, found 1 value.");
  CHECK(rows[2].problem->message == "Line 3: expected 15 answers, found 2 values.");
  const auto with_id = test::rows_of(q, "ana," + join(kA) + "\nbob,5\n");
  REQUIRE(with_id.size() == 2U);
  CHECK(with_id[1].id == "bob");
  CHECK(with_id[1].problem->message == "Line 2: expected 15 answers, found 1 value.");
  test::Spec spec;
  spec.items = 1;
  spec.themes = 1;
  const auto one = test::load(spec);
  const auto single = test::rows_of(one, "5\n6\n5,5,5\n");
  REQUIRE(single.size() == 3U);
  CHECK(single[2].problem->message == "Line 3: expected 1 answer, found 3 values.");
}

TEST_CASE("row messages by name: too many fields; a short row reads empty cells",
          "[csv][input][real][names]") {
  const auto& q = test::builtin();
  const auto read =
      read_csv(q, test::fixture_forms_header() + "\n" + test::fixture_forms_row() + "\n" +
                      test::fixture_forms_row() + ",extra\n" + test::fixture_forms_row("") + "\n" +
                      test::fixture_forms_row().substr(0, 60) + "\n");
  const auto& rows = read.rows;
  REQUIRE(rows.size() == 4U);
  CHECK(checked(q, rows[0]) == kA);
  REQUIRE(rows[1].problem.has_value());
  CHECK(rows[1].problem->code == ErrorCode::answer_count);
  CHECK(rows[1].problem->message ==
        "Line 3: expected at most 18 values, one per column of the header, found 19.");
  CHECK(checked(q, rows[2]) == kA);  // no comment: one column fewer
  // Cut inside the answers: what is missing is a missing answer, named with its column.
  CHECK_FALSE(rows[3].problem.has_value());
  REQUIRE(rows[3].answers.size() == 15U);
  std::vector<int> values;
  const auto missing = check_answers(q, rows[3].answers, values, rows[3].answer_names);
  REQUIRE(missing.has_value());
  CHECK(missing->code == ErrorCode::missing_answer);
  CHECK(test::contains(missing->message, "(column \""));
}

TEST_CASE("by name, an answer problem names its column", "[csv][input][real][names]") {
  const auto& q = test::builtin();
  // The first answer column holds statement forms_order()[0]; put "abc" there.
  std::string row = test::fixture_forms_row();
  const auto first_answer = row.find(',', row.find(',') + 1) + 1;
  row.replace(first_answer, row.find(',', first_answer) - first_answer, "abc");
  const auto read = read_csv(q, test::fixture_forms_header() + "\n" + row + "\n");
  const auto& rows = read.rows;
  REQUIRE(rows.size() == 1U);
  REQUIRE(rows[0].answer_names != nullptr);
  const int statement = test::forms_order()[0];
  const std::string& name = (*rows[0].answer_names)[static_cast<std::size_t>(statement - 1)];
  std::vector<int> values;
  const auto problem = check_answers(q, rows[0].answers, values, rows[0].answer_names);
  REQUIRE(problem.has_value());
  CHECK(problem->item == statement);
  CHECK(problem->message == "Statement " + std::to_string(statement) + " (column \"" + name +
                                "\"): \"abc\" is not a number.");
  // The prompt is longer than 40 characters: the name is cut, with an ellipsis.
  const std::string& prompt = q.items[static_cast<std::size_t>(statement - 1)].prompt;
  REQUIRE(prompt.size() > 40U);
  REQUIRE(name.size() > 3U);
  CHECK(name.size() < prompt.size());
  CHECK(name.substr(name.size() - 3) == "\xE2\x80\xA6");
  // A short name is shown whole.
  const auto q15_read = read_csv(q,
                                 "Person,q15,q14,q13,q12,q11,q10,q9,q8,q7,q6,q5,q4,q3,q2,q1\n"
                                 "ana,x,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n");
  const auto& q15 = q15_read.rows;
  REQUIRE(q15.size() == 1U);
  CHECK(q15[0].id == "ana");
  const auto named = check_answers(q, q15[0].answers, values, q15[0].answer_names);
  REQUIRE(named.has_value());
  CHECK(named->message == "Statement 15 (column \"q15\"): \"x\" is not a number.");
}

TEST_CASE("CsvOptions::id_column at the reader", "[csv][input][real][id]") {
  const auto& q = test::builtin();
  SECTION("found") {
    const auto read = read_csv(q,
                               "Email,Name," + std::string("q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,") +
                                   "q11,q12,q13,q14,q15\nana@x,Ana," + join(kA) + "\n",
                               id_column("name"));
    REQUIRE(read.rows.size() == 1U);
    CHECK(read.rows[0].id == "Ana");
    CHECK(checked(q, read.rows[0]) == kA);
  }
  SECTION("missing") {
    const auto read = test::read_fixture("forms-export.csv", id_column("Nope"));
    CHECK(read.rows.empty());
    REQUIRE(read.problem.has_value());
    CHECK(test::contains(read.problem->message, "Nope"));
  }
  SECTION("without a header") {
    const auto read = read_csv(q, "ana," + join(kA) + "\n", id_column("id"));
    CHECK(read.rows.empty());
    CHECK(read.problem.has_value());
  }
  SECTION("a statement's column") {
    const auto read = test::read_fixture("trailing-comma.csv", id_column("q1"));
    CHECK(read.rows.empty());
    CHECK(read.problem.has_value());
  }
  SECTION("a column named id, by default") {
    const auto read = read_csv(q,
                               "Email,ID,q15,q14,q13,q12,q11,q10,q9,q8,q7,q6,q5,q4,q3,q2,q1\n"
                               "ana@x,p1," +
                                   join(kA) + "\n");
    REQUIRE(read.rows.size() == 1U);
    CHECK(read.rows[0].id == "p1");
    std::vector<int> reversed(kA.rbegin(), kA.rend());
    CHECK(checked(q, read.rows[0]) == reversed);
  }
}

TEST_CASE("custom questionnaires are read by name through their ids and prompts",
          "[csv][input][real][names][custom]") {
  const auto& m = test::minimal();
  const auto prompts =
      test::rows_of(m,
                    "Timestamp,What would you rather learn next?,Where does your best day happen?\n"
                    "2026-11-02,4,2\n");
  REQUIRE(prompts.size() == 1U);
  // The timestamp is the one column naming no statement, and the first: it is the id.
  CHECK(prompts[0].id == "2026-11-02");
  CHECK(test::checked(m, prompts[0]) == std::vector<int>{2, 4});
  const auto ids = test::rows_of(m, "Who;b;a\r\nana;4;2\r\nbob;1;5\r\n");
  REQUIRE(ids.size() == 2U);
  CHECK(ids[0].id == "ana");
  CHECK(test::checked(m, ids[0]) == std::vector<int>{2, 4});
  CHECK(test::checked(m, ids[1]) == std::vector<int>{5, 1});
  // The header names statement b only: an error naming a, not a guess.
  const auto half = test::read_csv(m, "Who,Learning\nana,4\n");
  CHECK(half.rows.empty());
  REQUIRE(half.problem.has_value());
}
