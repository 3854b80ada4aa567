// CsvReader on files as people really have them (issue 14): the fixtures of tests/fixtures/csv/
// (semicolons from Excel, a one-row tab file, trailing separators, a forms export, no data rows),
// quoted fields holding the other separators, when the layout is decided, and first lines that are
// rows. Options and row messages: csv_reader_messages_test.cpp.
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

TEST_CASE("a semicolon file from Excel: every row is scored under its id", "[csv][input][real]") {
  // ; CRLF, a byte-order mark and a Name;Q1;... header
  const auto read = test::read_fixture("semicolon.csv");
  test::check_fixture(read, 2, true);
  REQUIRE(read.layout.has_value());
  CHECK(read.layout->separator == ';');
  CHECK(read.layout->separator_detected);
  CHECK(read.layout->header_line == 1);
  CHECK_FALSE(read.layout->by_name);
  CHECK(read.layout->id_field == 0U);
}

TEST_CASE("a tab-separated file of one row is scored, not taken for a header",
          "[csv][input][real]") {
  const auto read = test::read_fixture("tab-one-row.tsv");
  CHECK_FALSE(read.problem.has_value());
  REQUIRE(read.rows.size() == 1);
  CHECK(read.rows[0].line == 1);
  CHECK(read.rows[0].id == "ana");
  CHECK(checked(test::builtin(), read.rows[0]) == test::fixture_rows()[0].answers);
  REQUIRE(read.layout.has_value());
  CHECK(read.layout->separator == '\t');
  CHECK_FALSE(read.layout->has_header());
}

TEST_CASE("rows ending in separators: the empty cells are ignored and the ids kept",
          "[csv][input][real]") {
  const auto read = test::read_fixture("trailing-comma.csv");
  test::check_fixture(read, 2, true);
  REQUIRE(read.layout.has_value());
  CHECK(read.layout->width == 16U);
  CHECK(read.layout->id_field == 0U);
  // Without a header, more than one empty cell, and in a semicolon file.
  const auto& q = test::builtin();
  const auto plain = test::rows_of(q, "ana," + join(kA) + ",\nbob," + join(kB) + ",,, ,\n");
  REQUIRE(plain.size() == 2);
  CHECK(plain[0].id == "ana");
  CHECK(checked(q, plain[0]) == kA);
  CHECK(plain[1].id == "bob");
  CHECK(checked(q, plain[1]) == kB);
  const auto semicolons = test::rows_of(q, join(kA, ";") + ";;\r\n" + join(kB, ";") + ";\r\n");
  REQUIRE(semicolons.size() == 2);
  CHECK(semicolons[0].id == "1");
  CHECK(checked(q, semicolons[1]) == kB);
}

TEST_CASE("a forms export: statements by their own words, in any order, other columns ignored",
          "[csv][input][real][names]") {
  // Timestamp, Email address, the prompts shuffled, Any comments? holding commas and semicolons.
  const auto read = test::read_fixture("forms-export.csv");
  test::check_fixture(read, 2, false);  // no column is an id: line numbers stand in
  REQUIRE(read.layout.has_value());
  const CsvLayout& layout = *read.layout;
  CHECK(layout.separator == ',');
  CHECK(layout.header_line == 1);
  CHECK(layout.by_name);
  CHECK_FALSE(layout.id_field.has_value());
  CHECK(layout.width == 18U);
  REQUIRE(layout.answer_fields.size() == 15U);
  const auto& order = test::forms_order();
  for (std::size_t column = 0; column < order.size(); ++column) {
    CHECK(layout.answer_fields[static_cast<std::size_t>(order[column] - 1)] == column + 2);
  }
  REQUIRE(read.rows[0].answer_names != nullptr);
  CHECK(*read.rows[0].answer_names == layout.answer_names);

  const auto emails = test::read_fixture("forms-export.csv", id_column("Email address"));
  REQUIRE(emails.rows.size() == 6U);
  CHECK(emails.rows[0].id == "ana@example.org");
  CHECK(emails.rows[2].id == "chloe@example.org");
  CHECK(checked(test::builtin(), emails.rows[5]) == test::fixture_rows()[5].answers);
}

TEST_CASE("a forms export read as commas, semicolons or tabs gives the same rows",
          "[csv][input][real][names]") {
  const auto& q = test::builtin();
  std::string text =
      test::fixture_forms_header() + "\n" + test::fixture_forms_row("\"a, b; c\"") + "\n";
  const auto commas = test::rows_of(q, text);
  REQUIRE(commas.size() == 1U);
  CHECK(checked(q, commas[0]) == kA);
  for (const char sep : {';', '\t'}) {
    // swap the separators outside quotes
    std::string swapped;
    bool quoted = false;
    for (const char c : text) {
      quoted ^= c == '"';
      swapped.push_back(!quoted && c == ',' ? sep : c);
    }
    const auto rows = test::read_csv(q, swapped);
    CAPTURE(sep);
    REQUIRE(rows.layout.has_value());
    CHECK(rows.layout->separator == sep);
    CHECK(rows.layout->by_name);
    REQUIRE(rows.rows.size() == 1U);
    CHECK(checked(q, rows.rows[0]) == kA);
  }
}

TEST_CASE("a forms export whose comment is written in paragraphs", "[csv][input][real][records]") {
  const auto& q = test::builtin();
  const auto read = read_csv(q, test::fixture_forms_header() + "\r\n" +
                                    test::fixture_forms_row("\"First,\r\n\r\nthen; more\"") +
                                    "\r\n" + test::fixture_forms_row() + "\r\n");
  CHECK_FALSE(read.problem.has_value());
  REQUIRE(read.rows.size() == 2U);
  CHECK(read.rows[0].line == 2);
  CHECK(checked(q, read.rows[0]) == kA);
  CHECK(read.rows[1].line == 5);  // the comment took lines 2 to 4
  CHECK(read.rows[1].id == "5");
  CHECK(checked(q, read.rows[1]) == kA);
}

TEST_CASE("quoted fields holding the other separators are read whole", "[csv][input][real]") {
  const auto& q = test::builtin();
  const auto semicolons =
      test::rows_of(q, "\"Smith, J\";" + join(kA, ";") + "\n\"a\tb,c\";" + join(kB, ";") + "\n");
  REQUIRE(semicolons.size() == 2U);
  CHECK(semicolons[0].id == "Smith, J");
  CHECK(checked(q, semicolons[0]) == kA);
  CHECK(semicolons[1].id == "a\tb,c");
  const auto tabs = test::rows_of(q, "\"x;y,z\"\t" + join(kA, "\t") + "\n");
  REQUIRE(tabs.size() == 1U);
  CHECK(tabs[0].id == "x;y,z");
  CHECK(checked(q, tabs[0]) == kA);
}

TEST_CASE("an input with no data rows says so", "[csv][input][real]") {
  const auto& q = test::builtin();
  const std::string empty = "The file has no data rows: it is empty.";
  SECTION("only a header") {
    const auto read = test::read_fixture("header-only.csv");
    CHECK(read.rows.empty());
    REQUIRE(read.problem.has_value());
    CHECK(read.problem->message == "The file has no data rows, only a header (line 1).");
    REQUIRE(read.layout.has_value());
    CHECK(read.layout->header_line == 1);
    const auto later = read_csv(q, "\r\n \r\nid,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\r\n,,\r\n");
    REQUIRE(later.problem.has_value());
    CHECK(later.problem->message == "The file has no data rows, only a header (line 3).");
  }
  SECTION("empty") {
    const auto read = test::read_fixture("empty.csv");
    CHECK(read.rows.empty());
    REQUIRE(read.problem.has_value());
    CHECK(read.problem->message == empty);
    CHECK_FALSE(read.layout.has_value());
    CHECK(read_csv(q, "").problem->message == empty);
    CHECK(read_csv(q, "\xEF\xBB\xBF").problem->message == empty);
  }
  SECTION("only blank lines") {
    const auto read = read_csv(q, "\n  \r\n,,,\n\t\n");
    CHECK(read.rows.empty());
    REQUIRE(read.problem.has_value());
    CHECK(read.problem->message == empty);
    CHECK(read.lines == 4);
    // A spreadsheet saved with semicolons writes its empty lines as ;;;
    const auto semicolons = read_csv(q, ";;;\r\n\t;\t\r\n");
    CHECK(semicolons.rows.empty());
    REQUIRE(semicolons.problem.has_value());
    CHECK(semicolons.problem->message == empty);
  }
  SECTION("a row refused for its quote is a row: no input problem") {
    // It is reported with its line, so the input is not silent (and a data row was there).
    const auto read = read_csv(q, "\"open," + join(kA) + "\n");
    REQUIRE(read.rows.size() == 1U);
    CHECK(read.rows[0].problem->message == "Line 1: a quote is not closed.");
    CHECK_FALSE(read.problem.has_value());
  }
}

TEST_CASE("a layout problem hands over no row, as soon as the layout is decided",
          "[csv][input][real]") {
  const auto& q = test::builtin();
  std::string header = "id";
  for (int i = 1; i <= 14; ++i) header += ",q" + std::to_string(i);  // no q15
  std::vector<CsvRow> rows;
  const auto visit = [&](const CsvRow& r) { rows.push_back(r); };
  CsvReader reader(q);
  reader.feed(header + "\nana," + join(kA) + "\n", visit);
  REQUIRE(reader.problem().has_value());
  const std::string message = reader.problem()->message;
  CHECK(test::contains(message, "15"));
  CHECK(reader.rows() == 0);
  reader.feed("bob," + join(kB) + "\ncarol," + join(kA) + "\n", visit);
  reader.finish(visit);
  CHECK(rows.empty());
  CHECK(reader.rows() == 0);
  REQUIRE(reader.problem().has_value());
  CHECK(reader.problem()->message == message);  // not replaced by "no data rows"
  const auto returned = for_each_csv_row(q, header + "\nana," + join(kA) + "\n", visit);
  REQUIRE(returned.has_value());
  CHECK(returned->message == message);
  CHECK(rows.empty());
}

TEST_CASE("the layout is decided at the second usable line, or at the end", "[csv][input][real]") {
  const auto& q = test::builtin();
  std::vector<CsvRow> rows;
  const auto visit = [&](const CsvRow& r) { rows.push_back(r); };
  SECTION("two lines") {
    CsvReader reader(q);
    reader.feed("alice," + join(kA) + "\n", visit);
    CHECK(rows.empty());
    CHECK_FALSE(reader.layout().has_value());
    CHECK(reader.lines() == 1);
    reader.feed("bob," + join(kB) + "\n", visit);
    REQUIRE(rows.size() == 2U);
    CHECK(rows[0].id == "alice");
    CHECK(rows[0].line == 1);
    CHECK(checked(q, rows[0]) == kA);
    CHECK(rows[1].id == "bob");
    REQUIRE(reader.layout().has_value());
    reader.finish(visit);
    CHECK(rows.size() == 2U);
    CHECK_FALSE(reader.problem().has_value());
  }
  SECTION("one line, with or without its newline") {
    for (const std::string end : {"", "\n", "\r\n\r\n"}) {
      rows.clear();
      CsvReader reader(q);
      reader.feed("alice," + join(kA) + end, visit);
      CHECK(rows.empty());
      reader.finish(visit);
      REQUIRE(rows.size() == 1U);
      CHECK(rows[0].id == "alice");
      CHECK(reader.layout().has_value());
    }
  }
  SECTION("a line with a quote left open before the decision keeps its place") {
    CsvReader reader(q);
    reader.feed("\nalice," + join(kA) + "\n\"open," + join(kA) + "\n", visit);
    CHECK(rows.empty());
    reader.finish(visit);
    REQUIRE(rows.size() == 2U);
    CHECK(rows[0].id == "alice");
    CHECK(checked(q, rows[0]) == kA);
    CHECK(rows[1].line == 3);
    CHECK(rows[1].problem->message == "Line 3: a quote is not closed.");
  }
}

TEST_CASE("the numbers header id,1,2,...,15 is a header", "[csv][input][real][header]") {
  const auto& q = test::builtin();
  std::string header = "id";
  for (int i = 1; i <= 15; ++i) header += "," + std::to_string(i);
  const auto read = read_csv(q, header + "\nana," + join(kA) + "\n");
  CHECK_FALSE(read.problem.has_value());
  REQUIRE(read.rows.size() == 1U);
  CHECK(read.rows[0].id == "ana");
  CHECK(read.rows[0].line == 2);
  CHECK(checked(q, read.rows[0]) == kA);
}

TEST_CASE("a first line holding a number is scored or reported, never dropped",
          "[csv][input][real][header]") {
  const auto& q = test::builtin();
  // The words of a header, but a 7 where q15 should be: a row, refused for its "q1".
  std::string header = "id";
  for (int i = 1; i <= 14; ++i) header += ",q" + std::to_string(i);
  const auto rows = test::rows_of(q, header + ",7\nana," + join(kA) + "\n");
  REQUIRE(rows.size() == 2U);
  CHECK(rows[0].line == 1);
  CHECK(rows[0].id == "id");
  const auto c = check_answers(q, rows[0].answers);
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().code == ErrorCode::not_a_number);
  CHECK(c.error().item == 1);
  CHECK(checked(q, rows[1]) == kA);
}
