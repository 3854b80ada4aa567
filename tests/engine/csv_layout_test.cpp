// decide_csv_layout: separators, the id column (csv_layout.hpp), and the pieces it is made of
// (csv_fields, no_data_rows). Headers: csv_layout_header_test.cpp. Column names:
// csv_names_test.cpp. Whole inputs read with these layouts: csv_reader_test.cpp.
#include <catch2/catch.hpp>

#include "csv_layout_support.hpp"

using namespace crossroads;
using namespace test::layout;
using test::cells;
using test::contains;
using test::id_column;
using test::join;
using test::kA;
using test::kB;
using test::kEllipsis;
using test::separator;

// --- csv_fields ------------------------------------------------------------------------------

TEST_CASE("csv_fields splits at the separator it is given, and only there", "[csv][layout]") {
  CHECK(csv_fields("a,b,c", ',') == fields({"a", "b", "c"}));
  CHECK(csv_fields("a;b;c", ';') == fields({"a", "b", "c"}));
  CHECK(csv_fields("a\tb\tc", '\t') == fields({"a", "b", "c"}));
  CHECK(csv_fields("a;b\tc", ',') == fields({"a;b\tc"}));
  CHECK(csv_fields("a,b\tc", ';') == fields({"a,b\tc"}));
  CHECK(csv_fields("a,b;c", '\t') == fields({"a,b;c"}));
  // Empty cells inside a line are kept: they are a statement left unanswered.
  CHECK(csv_fields("a,,b", ',') == fields({"a", "", "b"}));
  CHECK(csv_fields(",a", ',') == fields({"", "a"}));
}

TEST_CASE("csv_fields: a quoted field holds any separator, and \"\" is one quote",
          "[csv][layout]") {
  CHECK(csv_fields("\"x,y;z\tw\",\"say \"\"hi\"\"\",3", ',') ==
        fields({"x,y;z\tw", "say \"hi\"", "3"}));
  CHECK(csv_fields("\"x,y;z\tw\";\"\"\"\";3", ';') == fields({"x,y;z\tw", "\"", "3"}));
  CHECK(csv_fields("\"x,y;z\tw\"\t\"\"\t3", '\t') == fields({"x,y;z\tw", "", "3"}));
}

TEST_CASE("csv_fields drops the empty cells at the end of a line", "[csv][layout]") {
  // Spreadsheets write empty trailing cells as separators at the end of every line.
  CHECK(csv_fields("a,b,", ',') == fields({"a", "b"}));
  CHECK(csv_fields("a,b,,, ,  ", ',') == fields({"a", "b"}));
  CHECK(csv_fields("a;b;;", ';') == fields({"a", "b"}));
  CHECK(csv_fields("a\tb\t\t", '\t') == fields({"a", "b"}));
  // Only those at the end: the empty cells before a filled one stay.
  CHECK(csv_fields("a,,,b,", ',') == fields({"a", "", "", "b"}));
  // A line of nothing has no fields at all.
  CHECK(csv_fields("", ',') == fields({}));
  CHECK(csv_fields(",,,", ',') == fields({}));
  CHECK(csv_fields(" ; ;", ';') == fields({}));
}

TEST_CASE("csv_fields: a quote left open is no fields", "[csv][layout]") {
  CHECK_FALSE(csv_fields("a,\"b,c", ',').has_value());
  CHECK_FALSE(csv_fields("\"", ',').has_value());
  CHECK_FALSE(csv_fields("a;\"b\"\";c", ';').has_value());  // "" inside quotes is no end
  CHECK_FALSE(csv_fields("\"a\tb", '\t').has_value());
}

// --- normalize_column_name, statement_named -----------------------------------------------------

TEST_CASE("without a header, one field more than there are statements is an id column",
          "[csv][layout]") {
  const auto with_id = decided("alice," + join(kA), "bob," + join(kB));
  CHECK(with_id.separator == ',');
  CHECK(with_id.separator_detected);
  CHECK_FALSE(with_id.has_header());
  CHECK_FALSE(with_id.by_name);
  CHECK(with_id.id_field == 0U);
  CHECK(with_id.answer_fields == run(1, 15));
  CHECK(with_id.width == 16U);
  CHECK(with_id.names.empty());
  CHECK(with_id.answer_names.empty());

  const auto no_id = decided(join(kA), join(kB));
  CHECK_FALSE(no_id.has_header());
  CHECK_FALSE(no_id.id_field.has_value());
  CHECK(no_id.answer_fields == run(0, 15));
  CHECK(no_id.width == 15U);
}

TEST_CASE("a single row of each separator, with and without an id column", "[csv][layout]") {
  for (const char sep : kCsvSeparators) {
    for (const bool id : {true, false}) {
      CAPTURE(sep, id);
      const auto layout = decided((id ? std::string("ana") + sep : "") + join(kA, {sep}));
      CHECK(layout.separator == sep);
      CHECK(layout.separator_detected);
      CHECK_FALSE(layout.has_header());  // numbers: a data row, never a header
      CHECK(layout.id_field == (id ? std::optional<std::size_t>(0) : std::nullopt));
      CHECK(layout.answer_fields == run(id ? 1 : 0, 15));
      CHECK(layout.width == (id ? 16U : 15U));
    }
  }
}

TEST_CASE("quoted fields holding the other separators do not mislead the detection",
          "[csv][layout]") {
  for (const char sep : kCsvSeparators) {
    CAPTURE(sep);
    const std::string s(1, sep);
    // ids and a header whose quoted cells hold all three separators (more of the others)
    const std::string header = "\"Name, full; legal\t(as typed)\"" + s + cells(numbered("q"), sep);
    const std::string first = "\"Smith, J; \t\"" + s + join(kA, s);
    const std::string second = "\"a;b,c\t,;\"" + s + join(kB, s);
    const auto rows = decided(first, second);
    CHECK(rows.separator == sep);
    CHECK(rows.id_field == 0U);
    CHECK(rows.width == 16U);
    const auto with_header = decided(header, first);
    CHECK(with_header.separator == sep);
    CHECK(with_header.has_header());
    CHECK_FALSE(with_header.by_name);  // an id column, then the statements in order
    CHECK(with_header.id_field == 0U);
    REQUIRE(with_header.names.size() == 16U);
    CHECK(with_header.names[0] == "Name, full; legal\t(as typed)");
  }
}

TEST_CASE("a semicolon file with decimal commas is still a semicolon file", "[csv][layout]") {
  // Excel in a European locale writes 7.5 as 7,5: the row is refused for that answer, but it is
  // read with the right separator.
  const auto layout = decided("ana;7,5;" + join({1, 4, 3, 5, 5, 4, 5, 10, 10, 8, 2, 2, 8, 10}, ";"),
                              "bruno;" + join(kB, ";"));
  CHECK(layout.separator == ';');
  CHECK(layout.id_field == 0U);
  CHECK(layout.width == 16U);
}

TEST_CASE("the second line settles the separator when the first cannot", "[csv][layout]") {
  // "x" splits the same way whatever the separator: the next line has the shape of a row.
  CHECK(decided("x", "p1;" + join(kA, ";")).separator == ';');
  CHECK(decided("x", "p1\t" + join(kA, "\t")).separator == '\t');
  // A tie settles on a comma, then a semicolon.
  CHECK(decided("x").separator == ',');
  CHECK(decided("x", "y").separator == ',');
}

TEST_CASE("a header's names weigh more than the shape of its line", "[csv][layout]") {
  // Split at commas, this header has 16 fields, the shape of a row with an id; split at
  // semicolons it names all 15 statements, and that decides.
  const std::string first_cell = "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p";  // 15 commas
  const auto layout = decided(first_cell + ";" + cells(numbered("q"), ';'), "ana;" + join(kA, ";"));
  CHECK(layout.separator == ';');
  CHECK(layout.has_header());
  CHECK(layout.id_field == 0U);
  REQUIRE_FALSE(layout.names.empty());
  CHECK(layout.names[0] == first_cell);
}

TEST_CASE("CsvOptions::separator overrides the detection", "[csv][layout]") {
  const auto tab = decided("ana\t" + join(kA, "\t"), std::nullopt, separator('\t'));
  CHECK(tab.separator == '\t');
  CHECK_FALSE(tab.separator_detected);
  CHECK(tab.id_field == 0U);
  // A semicolon file read as commas: each line is one field, a data row (it has no names and
  // not the shape of a header), so each row is reported rather than dropped.
  const auto comma =
      decided("Name;" + cells(numbered("Q"), ';'), "ana;" + join(kA, ";"), separator(','));
  CHECK(comma.separator == ',');
  CHECK_FALSE(comma.separator_detected);
  CHECK_FALSE(comma.has_header());
  // And the other way round: a comma file read as semicolons.
  const auto semicolon = decided("ana," + join(kA), "bob," + join(kB), separator(';'));
  CHECK(semicolon.separator == ';');
  CHECK_FALSE(semicolon.has_header());
}

// --- decide_csv_layout: the id column --------------------------------------------------------

TEST_CASE("by name, the id is the column named id, or the first column if it alone names none",
          "[csv][layout][id]") {
  const auto named = decided(cells(with("Timestamp", with("I.D.", with("Email", numbered("Q"))))),
                             "t,p1,e," + join(kA));
  CHECK(named.by_name);
  CHECK(named.id_field == 1U);
  CHECK(named.answer_fields == run(3, 15));
  const auto first = decided(cells(with("Person", reversed(numbered("q")))), "ana," + join(kA));
  CHECK(first.id_field == 0U);
  // One column naming no statement, but last: nothing says it is an id.
  const auto last = decided(cells(reversed(numbered("q"))) + ",Person", join(kA) + ",ana");
  CHECK(last.by_name);
  CHECK_FALSE(last.id_field.has_value());
}

TEST_CASE("CsvOptions::id_column picks the id column by its name", "[csv][layout][id]") {
  const auto email = decided(forms_header(), forms_row(), id_column("Email address"));
  CHECK(email.by_name);
  CHECK(email.id_field == 1U);
  CHECK(decided(forms_header(), forms_row(), id_column("e-mail ADDRESS")).id_field == 1U);
  CHECK(decided(forms_header(), forms_row(), id_column("Timestamp")).id_field == 0U);
  CHECK(decided(forms_header(), forms_row(), id_column("Any comments?")).id_field == 17U);
  // A header by place: the named column, here the one the rules would pick anyway.
  const auto by_place =
      decided(cells(with("Name", numbered("q"))), "ana," + join(kA), id_column("name"));
  CHECK_FALSE(by_place.by_name);
  CHECK(by_place.id_field == 0U);
}

TEST_CASE("CsvOptions::id_column that cannot be used is refused", "[csv][layout][id]") {
  const auto& q = test::builtin();
  SECTION("no column of that name") {
    const auto e = refused(forms_header(), forms_row(), id_column("Nope"));
    CHECK(e.code == ErrorCode::bad_file);
    CHECK(e.message == "The header has no column named \"Nope\" for the ids.");
  }
  SECTION("no header to name it") {
    const auto e = refused("ana," + join(kA), "bob," + join(kB), id_column("id"));
    CHECK(e.code == ErrorCode::bad_file);
    CHECK(e.message == "The first line is not a header, so no column is named \"id\" for the ids.");
  }
  SECTION("a statement's column") {
    const auto prompt = refused(forms_header(), forms_row(), id_column(q.items[0].prompt));
    CHECK(prompt.code == ErrorCode::bad_file);
    CHECK(prompt.item == 1);
    CHECK(contains(prompt.message, "holds the answers to statement 1, so it cannot hold the ids."));
    CHECK(refused(cells(with("id", numbered("q"))), "ana," + join(kA), id_column("q3")).message ==
          "The column \"q3\" holds the answers to statement 3, so it cannot hold the ids.");
    // "q3" names statement 3, whose column the forms header heads with its words
    CHECK(refused(forms_header(), forms_row(), id_column("q3")).item == 3);
    // by place: the second column holds statement 1
    CHECK(refused("id,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o", "ana," + join(kA), id_column("a")).item == 1);
  }
}

// --- no_data_rows ----------------------------------------------------------------------------

TEST_CASE("no_data_rows says whether the input was empty or only a header", "[csv][layout]") {
  const auto empty = no_data_rows(std::nullopt);
  CHECK(empty.message == "The file has no data rows: it is empty.");
  CHECK(empty.item == 0);
  CsvLayout header;
  header.header_line = 1;
  CHECK(no_data_rows(header).message == "The file has no data rows, only a header (line 1).");
  header.header_line = 4;
  CHECK(no_data_rows(header).message == "The file has no data rows, only a header (line 4).");
  CHECK(no_data_rows(header).code == empty.code);
}

TEST_CASE("a separator that leaves the first line whole never wins", "[csv][layout]") {
  // Two short rows first: comma fits neither, but semicolon "agrees" on one field each.
  std::vector<int> fourteen(kA.begin(), kA.end() - 1);
  std::vector<int> thirteen(kA.begin(), kA.end() - 2);
  const auto layout = decided(join(fourteen), join(thirteen));
  CHECK(layout.separator == ',');
  CHECK(layout.width == 15U);
}

TEST_CASE("an id column named by punctuation only is found as it is", "[csv][layout][id]") {
  CsvOptions options;
  options.id_column = "#";
  const auto layout = decided("Timestamp,#," + cells(numbered("q")), "t,7," + join(kA), options);
  CHECK(layout.id_field == 1U);
}
