// for_each_csv_row and CsvReader: the CSV input format (lines, fields, quotes, the header, the id
// column, empty cells at the end, Excel's sep= line). The files people really have:
// csv_reader_files_test.cpp; options and row messages: csv_reader_messages_test.cpp; records over
// several lines: csv_records_test.cpp; how the layout is decided: csv_layout_test.cpp; input in
// pieces: csv_stream_test.cpp; the output format: csv_test.cpp.
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

TEST_CASE("csv rows without an id column are numbered by line", "[csv][input]") {
  const auto& q = test::builtin();
  const auto rows = rows_of(q, join(kA) + "\n" + join(kB) + "\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].line == 1);
  CHECK(rows[0].id == "1");
  CHECK(checked(q, rows[0]) == kA);
  CHECK(rows[1].line == 2);
  CHECK(rows[1].id == "2");
  CHECK(checked(q, rows[1]) == kB);
}

TEST_CASE("csv rows with an id column", "[csv][input]") {
  const auto& q = test::builtin();
  const auto rows = rows_of(q, "alice," + join(kA) + "\nbob," + join(kB));  // no final newline
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == "alice");
  CHECK(checked(q, rows[0]) == kA);
  CHECK(rows[1].id == "bob");
  CHECK(rows[1].line == 2);
  CHECK(checked(q, rows[1]) == kB);
}

TEST_CASE("a header row is skipped", "[csv][input]") {
  const auto& q = test::builtin();
  std::string header = "id";
  for (int i = 1; i <= 15; ++i) header += ",q" + std::to_string(i);
  const auto rows = rows_of(q, header + "\nalice," + join(kA) + "\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == "alice");
  CHECK(rows[0].line == 2);
  CHECK(checked(q, rows[0]) == kA);

  std::string header15 = "s1";
  for (int i = 2; i <= 15; ++i) header15 += ",s" + std::to_string(i);
  const auto no_id = rows_of(q, header15 + "\n" + join(kB) + "\n");
  REQUIRE(no_id.size() == 1);
  CHECK(no_id[0].id == "2");
  CHECK(checked(q, no_id[0]) == kB);
}

TEST_CASE("only the first row can be a header", "[csv][input]") {
  const auto& q = test::builtin();
  std::string words = "x";
  for (int i = 1; i <= 15; ++i) words += ",w";
  const auto rows = rows_of(q, "alice," + join(kA) + "\n" + words + "\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].id == "x");
  const auto c = check_answers(q, rows[1].answers);
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().code == ErrorCode::not_a_number);
}

TEST_CASE("CRLF line ends and blank lines", "[csv][input]") {
  const auto& q = test::builtin();
  const std::string text = "id," + std::string("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o") + "\r\n\r\nalice," +
                           join(kA) + "\r\n   \r\n,,,\r\n\r\nbob," + join(kB) + "\r\n\r\n";
  const auto rows = rows_of(q, text);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == "alice");
  CHECK(rows[0].line == 3);
  CHECK(checked(q, rows[0]) == kA);
  CHECK(rows[1].id == "bob");
  CHECK(rows[1].line == 7);
  CHECK(checked(q, rows[1]) == kB);
}

TEST_CASE("quoted ids with commas and quotes", "[csv][input]") {
  const auto& q = test::builtin();
  const auto rows =
      rows_of(q, "\"Smith, Jane\"," + join(kA) + "\n\"say \"\"hi\"\"\"," + join(kB) + "\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == "Smith, Jane");
  CHECK(checked(q, rows[0]) == kA);
  CHECK(rows[1].id == "say \"hi\"");
  CHECK(checked(q, rows[1]) == kB);
  const auto edge = rows_of(
      q, "\"\"\"\"," + join(kA) + "\n\"\"," + join(kB) + "\n\"a,\"\"b\"\",c\"," + join(kA) + "\n");
  REQUIRE(edge.size() == 3);
  CHECK(edge[0].id == "\"");  // a lone escaped quote
  CHECK(edge[1].id.empty());  // an empty quoted id
  CHECK(checked(q, edge[1]) == kB);
  CHECK(edge[2].id == "a,\"b\",c");
  CHECK(checked(q, edge[2]) == kA);
}

TEST_CASE("a byte-order mark is ignored", "[csv][input]") {
  const auto& q = test::builtin();
  const auto rows = rows_of(q,
                            "\xEF\xBB\xBF"
                            "alice," +
                                join(kA) + "\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == "alice");
  CHECK(checked(q, rows[0]) == kA);
  const auto with_header =
      rows_of(q, "\xEF\xBB\xBFid,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\r\nbob," + join(kB) + "\r\n");
  REQUIRE(with_header.size() == 1);
  CHECK(with_header[0].id == "bob");
}

TEST_CASE("a row with the wrong number of columns is reported with its line", "[csv][input]") {
  const auto& q = test::builtin();
  const std::vector<int> fourteen(kA.begin(), kA.end() - 1);
  const auto rows = rows_of(q, "alice," + join(kA) + "\n\n" + join(fourteen) + "\nbob," + join(kB) +
                                   ",1,2\ncarol," + join(kB) + "\n");
  REQUIRE(rows.size() == 4);
  CHECK_FALSE(rows[0].problem.has_value());
  REQUIRE(rows[1].problem.has_value());
  CHECK(rows[1].line == 3);
  CHECK(rows[1].problem->code == ErrorCode::answer_count);
  // 14 fields after alice's id column: the first field is the id, 13 answers follow
  CHECK(rows[1].problem->message == "Line 3: expected 15 answers, found 13 values.");
  REQUIRE(rows[2].problem.has_value());
  CHECK(rows[2].id == "bob");
  CHECK(rows[2].problem->message == "Line 4: expected 15 answers, found 17 values.");
  CHECK_FALSE(rows[3].problem.has_value());
  CHECK(rows[3].id == "carol");
}

TEST_CASE("an unclosed quote is reported with its line", "[csv][input]") {
  const auto& q = test::builtin();
  const auto rows = rows_of(q, "alice," + join(kA) + "\n\"bob," + join(kB) + "\n");
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[1].problem.has_value());
  CHECK(test::contains(rows[1].problem->message, "Line 2"));
  CHECK(test::contains(rows[1].problem->message, "quote"));
}

TEST_CASE("bad cells become answer errors for their statement", "[csv][input]") {
  const auto& q = test::builtin();
  std::vector<std::string> cells;
  cells.reserve(kA.size());
  for (const int a : kA) cells.push_back(std::to_string(a));
  cells[4] = "7.5";
  std::string line = "dave";
  for (const auto& c : cells) line += "," + c;
  const auto rows = rows_of(q, line + "\n");
  REQUIRE(rows.size() == 1);
  const auto c = check_answers(q, rows[0].answers);
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().code == ErrorCode::not_an_integer);
  CHECK(c.error().item == 5);
}

// --- The id column is decided once per input (issue 11) ---------------------------------------

namespace {

std::string header(bool id_column) {
  std::string out = id_column ? "id" : "";
  for (int i = 1; i <= 15; ++i) out += (out.empty() ? "q" : ",q") + std::to_string(i);
  return out;
}

std::vector<int> first_14(const std::vector<int>& v) {
  return {v.begin(), v.end() - 1};
}

}  // namespace

TEST_CASE("with an id header, a short row is reported under its own id", "[csv][input][id]") {
  const auto& q = test::builtin();
  const auto rows = rows_of(q, header(true) + "\np1," + join(kA) + "\np7," + join(first_14(kB)) +
                                   "\np8," + join(kB) + "\n");
  REQUIRE(rows.size() == 3);
  CHECK(checked(q, rows[0]) == kA);
  REQUIRE(rows[1].problem.has_value());
  CHECK(rows[1].id == "p7");
  CHECK(rows[1].line == 3);
  CHECK(rows[1].problem->code == ErrorCode::answer_count);
  CHECK(rows[1].problem->message == "Line 3: expected 15 answers, found 14 values.");
  CHECK(rows[1].answers.empty());
  CHECK(rows[2].id == "p8");
  CHECK(checked(q, rows[2]) == kB);
}

TEST_CASE("without a header, the first data row decides the id column", "[csv][input][id]") {
  const auto& q = test::builtin();
  SECTION("its first row has an id: a later short row keeps its id") {
    const auto rows = rows_of(q, "p1," + join(kA) + "\np2," + join(first_14(kA)) + "\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == "p1");
    REQUIRE(rows[1].problem.has_value());
    CHECK(rows[1].id == "p2");
    CHECK(rows[1].problem->message == "Line 2: expected 15 answers, found 14 values.");
  }
  SECTION("its first row has no id: a later row of 16 fields is one answer too many") {
    const auto rows = rows_of(q, join(kA) + "\np2," + join(kB) + "\n" + join(kB) + "\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].id == "1");
    REQUIRE(rows[1].problem.has_value());
    CHECK(rows[1].id == "2");  // no id column: the line number stands in
    CHECK(rows[1].problem->code == ErrorCode::answer_count);
    CHECK(rows[1].problem->message == "Line 2: expected 15 answers, found 16 values.");
    CHECK(rows[2].id == "3");
    CHECK(checked(q, rows[2]) == kB);
  }
  SECTION("blank lines before the first row do not decide it") {
    const auto rows = rows_of(q, "\n ,,\r\np1," + join(kA) + "\n" + join(kB) + "\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == "p1");
    CHECK(rows[0].line == 3);
    REQUIRE(rows[1].problem.has_value());
    CHECK(rows[1].id == "10");  // the first of 15 fields is read as the id
    CHECK(rows[1].problem->message == "Line 4: expected 15 answers, found 14 values.");
  }
}

TEST_CASE("with a header without an id column, rows are numbered even if some have 16 fields",
          "[csv][input][id]") {
  const auto& q = test::builtin();
  const auto rows = rows_of(q, header(false) + "\n" + join(kA) + "\nx," + join(kB) + "\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == "2");
  CHECK(checked(q, rows[0]) == kA);
  REQUIRE(rows[1].problem.has_value());
  CHECK(rows[1].id == "3");
  CHECK(rows[1].problem->message == "Line 3: expected 15 answers, found 16 values.");
}

TEST_CASE("an unclosed quote in the id column leaves the line number as the id",
          "[csv][input][id]") {
  const auto& q = test::builtin();
  // Each input ends on the line whose quote is left open (to the end: no later line can close it).
  const auto in_id = rows_of(q, "p1," + join(kA) + "\n\"p2," + join(kB) + "\n");
  REQUIRE(in_id.size() == 2);
  CHECK(in_id[1].id == "2");
  CHECK(in_id[1].problem->message == "Line 2: a quote is not closed.");
  const auto after_id = rows_of(q, "p1," + join(kA) + "\np3,\"x\n");
  REQUIRE(after_id.size() == 2);
  CHECK(after_id[1].id == "p3");
  CHECK(after_id[1].problem->message == "Line 2: a quote is not closed.");
}

// --- Empty cells at the end, blank lines, Excel's sep= line -------------------------------------

TEST_CASE("an empty cell at the end within a row's columns is a blank answer", "[csv][input]") {
  const auto& q = test::builtin();
  std::vector<int> short_a(kA.begin(), kA.end() - 1);
  // Read by place with ids: the second line settles the width the first could have either way.
  const auto first_blank = read_csv(q, "r1," + join(short_a) + ",\nr2," + join(kB) + "\n");
  REQUIRE(first_blank.rows.size() == 2);
  CHECK(first_blank.rows[0].id == "r1");
  CHECK(test::problem_of(q, first_blank.rows[0]) == "Statement 15 has no answer.");
  CHECK(first_blank.rows[1].id == "r2");
  CHECK(checked(q, first_blank.rows[1]) == kB);
  // Both lines ending in an empty cell: a first cell that is no number is an id.
  const auto both = read_csv(q, "r1," + join(short_a) + ",\nr2," + join(short_a) + ",\n");
  REQUIRE(both.rows.size() == 2);
  CHECK(both.rows[1].id == "r2");
  CHECK(test::problem_of(q, both.rows[1]) == "Statement 15 has no answer.");
  // ...and a number is an answer: 15 answers and an empty column.
  const auto column = read_csv(q, join(kA) + ",\n" + join(kB) + ",\n");
  REQUIRE(column.rows.size() == 2);
  CHECK(checked(q, column.rows[0]) == kA);
  CHECK(checked(q, column.rows[1]) == kB);
}

TEST_CASE("a line of separators is blank before and after the layout is decided", "[csv][input]") {
  const auto& q = test::builtin();
  const auto read = read_csv(q, ";;;\nalice," + join(kA) + "\n;;;\n,,\nbob," + join(kB) + "\n");
  REQUIRE(read.rows.size() == 2);
  CHECK(read.rows[0].id == "alice");
  CHECK(read.rows[1].id == "bob");
  CHECK(read.rows[1].line == 5);
}

TEST_CASE("Excel's sep= first line names the separator and is no row", "[csv][input]") {
  const auto& q = test::builtin();
  const auto read = read_csv(q, "sep=;\r\nalice;" + join(kA, ";") + "\r\n");
  REQUIRE(read.rows.size() == 1);
  REQUIRE(read.layout);
  CHECK(read.layout->separator == ';');
  CHECK(read.rows[0].id == "alice");
  CHECK(read.rows[0].line == 2);
  CHECK(checked(q, read.rows[0]) == kA);
  // Only as the first line: later, it is a row like any other.
  const auto later = read_csv(q, "alice," + join(kA) + "\nsep=;\n");
  REQUIRE(later.rows.size() == 2);
  CHECK(later.rows[1].problem);
}
