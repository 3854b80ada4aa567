// for_each_csv_row and CsvReader: the CSV input format (lines, fields, quotes, the header, the id
// column) and the files people really have (issue 14: separators, forms exports, trailing cells,
// inputs with no data row). How the layout is decided: csv_layout_test.cpp; input in pieces:
// csv_stream_test.cpp; the output format: csv_test.cpp.
#include <catch2/catch.hpp>

#include "csv_test_support.hpp"

using namespace crossroads;
using test::checked;
using test::id_column;
using test::join;
using test::kA;
using test::kB;
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

TEST_CASE("a quoted field may hold line breaks: the row is numbered by its first line",
          "[csv][input][records]") {
  // A form's comment written in paragraphs, as Excel and the form tools quote it.
  const auto& q = test::builtin();
  const auto rows = rows_of(q, "\"Smith,\nJane\"," + join(kA) + "\r\n\"bob\"," + join(kB) +
                                   ",\"one\r\n\r\ntwo\"\r\ncarol," + join(kA) + "\r\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].line == 1);
  CHECK(rows[0].id == "Smith,\nJane");
  CHECK(checked(q, rows[0]) == kA);
  CHECK(rows[1].line == 3);
  CHECK(rows[1].id == "bob");
  // 17 fields where 16 are expected: the comment is one field, whatever its line breaks
  CHECK(rows[1].problem->message == "Line 3: expected 15 answers, found 16 values.");
  CHECK(rows[2].line == 6);
  CHECK(rows[2].id == "carol");
  CHECK(checked(q, rows[2]) == kA);
}

TEST_CASE("a quote inside a field is text; text after a closing quote refuses the row",
          "[csv][input][records]") {
  const auto& q = test::builtin();
  // 27" screen: a quote not at the start of a field opens nothing.
  const auto inch = rows_of(q, "27\" screen," + join(kA) + "\nbob," + join(kB) + "\n");
  REQUIRE(inch.size() == 2);
  CHECK(inch[0].id == "27\" screen");
  CHECK(checked(q, inch[0]) == kA);
  CHECK(inch[1].id == "bob");
  CHECK(checked(q, inch[1]) == kB);
  // Spaces may follow a closing quote; other text means a quote was left open before it.
  const auto after =
      rows_of(q, "\"ana\"  ," + join(kA) + "\n\"bo\"b," + join(kB) + "\ncarol," + join(kA) + "\n");
  REQUIRE(after.size() == 3);
  CHECK(after[0].id == "ana");
  CHECK(checked(q, after[0]) == kA);
  REQUIRE(after[1].problem.has_value());
  CHECK(after[1].problem->code == ErrorCode::bad_file);
  CHECK(after[1].problem->message == "Line 2: text follows the closing quote of a field.");
  CHECK(after[2].id == "carol");
  CHECK(checked(q, after[2]) == kA);
}

TEST_CASE("a stray quote takes in at most 50 lines, all named, and does not decide the layout",
          "[csv][input][records]") {
  const auto& q = test::builtin();
  std::string text = "\"alice," + join(kA) + "\n";
  for (int i = 2; i <= 60; ++i) text += "p" + std::to_string(i) + "," + join(kB) + "\n";
  const auto read = test::read_csv(q, text);
  REQUIRE(read.rows.size() == 11U);
  REQUIRE(read.rows[0].problem.has_value());
  CHECK(read.rows[0].line == 1);
  CHECK(read.rows[0].id == "1");
  CHECK(read.rows[0].problem->message == "Lines 1 to 50: a quote opened on line 1 is not closed.");
  // The lines after it decide: an id column, so the rows are read under their ids.
  CHECK(read.rows[1].line == 51);
  CHECK(read.rows[1].id == "p51");
  CHECK(checked(q, read.rows[1]) == kB);
  CHECK(read.rows[10].id == "p60");
  CHECK_FALSE(read.problem.has_value());
  REQUIRE(read.layout.has_value());
  CHECK(read.layout->id_field == 0U);
  // A quote left open to the end names every line it took in.
  const auto to_end =
      rows_of(q, "alice," + join(kA) + "\n\"bob," + join(kB) + "\ncarol," + join(kA) + "\n");
  REQUIRE(to_end.size() == 2);
  CHECK(to_end[1].problem->message == "Lines 2 to 3: a quote opened on line 2 is not closed.");
}

// --- Files as people really have them (issue 14) ------------------------------------------------

namespace {

using test::Read;
using test::read_csv;

Read read_fixture(const std::string& name, const CsvOptions& options = {}) {
  return read_csv(test::builtin(), test::source_file("tests/fixtures/csv/" + name), options);
}

// Every row of a fixture holds expected.json's answers, from line first_line on, under its own id
// (ids) or its line number.
void check_fixture(const Read& read, int first_line, bool ids) {
  const auto& q = test::builtin();
  const auto& expected = test::fixture_rows();
  CHECK_FALSE(read.problem.has_value());
  REQUIRE(read.rows.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    const CsvRow& row = read.rows[i];
    CHECK(row.line == first_line + static_cast<int>(i));
    CHECK(row.id == (ids ? expected[i].id : std::to_string(row.line)));
    CHECK(checked(q, row) == expected[i].answers);
  }
}

// forms-export.csv's header line (its first), without the line end.
std::string forms_header() {
  const std::string text = test::source_file("tests/fixtures/csv/forms-export.csv");
  return text.substr(0, text.find_first_of("\r\n"));
}

// A forms row: a timestamp, an email, kA's answers in forms-export.csv's column order, a comment.
std::string forms_row(const std::string& comment = "ok") {
  std::string out = "2026/11/02 9:00:00 AM GMT+1,ana@example.org";
  for (const int n : test::forms_order()) {
    out += "," + std::to_string(kA[static_cast<std::size_t>(n - 1)]);
  }
  return out + "," + comment;
}

}  // namespace

TEST_CASE("a semicolon file from Excel: every row is scored under its id", "[csv][input][real]") {
  // ; CRLF, a byte-order mark and a Name;Q1;... header
  const auto read = read_fixture("semicolon.csv");
  check_fixture(read, 2, true);
  REQUIRE(read.layout.has_value());
  CHECK(read.layout->separator == ';');
  CHECK(read.layout->separator_detected);
  CHECK(read.layout->header_line == 1);
  CHECK_FALSE(read.layout->by_name);
  CHECK(read.layout->id_field == 0U);
}

TEST_CASE("a tab-separated file of one row is scored, not taken for a header",
          "[csv][input][real]") {
  const auto read = read_fixture("tab-one-row.tsv");
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
  const auto read = read_fixture("trailing-comma.csv");
  check_fixture(read, 2, true);
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
  const auto read = read_fixture("forms-export.csv");
  check_fixture(read, 2, false);  // no column is an id: line numbers stand in
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

  const auto emails = read_fixture("forms-export.csv", id_column("Email address"));
  REQUIRE(emails.rows.size() == 6U);
  CHECK(emails.rows[0].id == "ana@example.org");
  CHECK(emails.rows[2].id == "chloe@example.org");
  CHECK(checked(test::builtin(), emails.rows[5]) == test::fixture_rows()[5].answers);
}

TEST_CASE("a forms export read as commas, semicolons or tabs gives the same rows",
          "[csv][input][real][names]") {
  const auto& q = test::builtin();
  std::string text = forms_header() + "\n" + forms_row("\"a, b; c\"") + "\n";
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
  const auto read =
      read_csv(q, forms_header() + "\r\n" + forms_row("\"First,\r\n\r\nthen; more\"") + "\r\n" +
                      forms_row() + "\r\n");
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
    const auto read = read_fixture("header-only.csv");
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
    const auto read = read_fixture("empty.csv");
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
  const auto tab = read_fixture("tab-one-row.tsv", separator('\t'));
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
      read_csv(q, forms_header() + "\n" + forms_row() + "\n" + forms_row() + ",extra\n" +
                      forms_row("") + "\n" + forms_row().substr(0, 60) + "\n");
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
  std::string row = forms_row();
  const auto first_answer = row.find(',', row.find(',') + 1) + 1;
  row.replace(first_answer, row.find(',', first_answer) - first_answer, "abc");
  const auto read = read_csv(q, forms_header() + "\n" + row + "\n");
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
    const auto read = read_fixture("forms-export.csv", id_column("Nope"));
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
    const auto read = read_fixture("trailing-comma.csv", id_column("q1"));
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
