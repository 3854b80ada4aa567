// CsvRecordEnds and the records CsvReader reads by it: a quoted field may hold line breaks (a
// form's comment in paragraphs), a quote inside a field is text, a quote never closed swallows at
// most 50 lines and says which, and a
// text cut where CsvRecordEnds::last_end says (the CLI's blocks) reads block by block exactly as
// it reads whole.
#include <catch2/catch.hpp>
#include <random>

#include "csv_test_support.hpp"

using namespace crossroads;
using test::checked;
using test::join;
using test::kA;
using test::kB;
using test::rows_of;

namespace {

std::string numbered_rows(int from, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "p" + std::to_string(from + i) + "," + join(kA) + "\n";
  return text;
}

}  // namespace

TEST_CASE("a quoted field may hold line breaks", "[csv][records]") {
  const auto& q = test::builtin();
  const std::string text = "alice," + join(kA) +
                           ",\"first line,\r\nsecond; \"\"quoted\"\"\r\n\r\nlast\"\r\n" + "bob," +
                           join(kB) + ",\r\n";
  // 17 fields on each row: by place that is one too many, so a header by name reads them.
  std::string header = "id";
  for (int i = 1; i <= 15; ++i) header += ",q" + std::to_string(i);
  const auto rows = rows_of(q, header + ",comment\r\n" + text);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == "alice");
  CHECK(rows[0].line == 2);
  CHECK(checked(q, rows[0]) == kA);
  CHECK(rows[1].id == "bob");
  CHECK(rows[1].line == 6);  // the comment took lines 2 to 5
  CHECK(checked(q, rows[1]) == kB);
}

TEST_CASE("a quote never closed swallows at most 50 lines and names them", "[csv][records]") {
  const auto& q = test::builtin();
  const std::string text = "bad,\"" + join(kA) + "\n" + numbered_rows(2, 60);
  const auto rows = rows_of(q, text);
  REQUIRE(rows.size() == 12);  // lines 1 to 50 as one record, then lines 51 to 61 one by one
  REQUIRE(rows[0].problem);
  CHECK(rows[0].problem->message == "Lines 1 to 50: a quote opened on line 1 is not closed.");
  CHECK(rows[1].line == 51);
  CHECK(rows[1].id == "p51");
  CHECK(checked(q, rows[1]) == kA);
  CHECK(rows.back().line == 61);
}

TEST_CASE("a quote inside a field is text, whatever follows", "[csv][records]") {
  // Counting quotes would pair the inch mark with the next row's opening quote, and every later
  // row with a comment in paragraphs would be read out of step.
  const auto& q = test::builtin();
  std::string header = "id";
  for (int i = 1; i <= 15; ++i) header += ",q" + std::to_string(i);
  std::string text = header + ",comment\n" + "a," + join(kA) + ",27\" screen\n";
  for (const char* id : {"b", "c", "d"})
    text += std::string(id) + "," + join(kB) + ",\"two\nlines\"\n";
  const auto rows = rows_of(q, text);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].id == "a");
  CHECK(checked(q, rows[0]) == kA);
  for (std::size_t i = 1; i < 4; ++i) {
    CHECK(rows[i].id == std::string(1, static_cast<char>('a' + i)));
    CHECK(rows[i].line == static_cast<int>(2 * i + 1));
    CHECK(checked(q, rows[i]) == kB);
  }
}

TEST_CASE("a quote left open at the end is reported on its own lines", "[csv][records]") {
  const auto& q = test::builtin();
  const auto one = rows_of(q, "alice," + join(kA) + "\nbob,\"1,2\n");
  REQUIRE(one.size() == 2);
  REQUIRE(one[1].problem);
  CHECK(one[1].problem->message == "Line 2: a quote is not closed.");
  const auto two = rows_of(q, "alice," + join(kA) + "\nbob,\"1,2\n3,4\n");
  REQUIRE(two.size() == 2);
  REQUIRE(two[1].problem);
  CHECK(two[1].problem->message == "Lines 2 to 3: a quote opened on line 2 is not closed.");
}

TEST_CASE("record ends: line by line", "[csv][records]") {
  CsvRecordEnds ends;
  CHECK(ends.end_line("a,1,2") == 1);
  CHECK(ends.end_line("a,27\" screen") == 1);  // not at a field's start: text
  CHECK(ends.end_line("a;\"x") == 0);          // after any of the separators: opens a field
  CHECK(ends.end_line("\"") == 2);
  CHECK(ends.end_line("b,\"x") == 0);  // opens a quoted field
  CHECK(ends.lines() == 1);
  CHECK(ends.end_line("y\"\"z") == 0);  // a doubled quote keeps it open
  CHECK(ends.end_line("w\",3") == 3);   // closes it: the record spanned three lines
  CHECK(ends.lines() == 0);
  ends.partial("c,\"half");
  CHECK(ends.end_line(" done\"") == 1);  // a line given in two parts is one line
}

TEST_CASE("record ends: the last end in a text", "[csv][records]") {
  CsvRecordEnds plain;
  CHECK(plain.last_end("a,1\nb,2\nc,") == 8);
  CHECK(plain.last_end("3\nd") == 2);
  CHECK(plain.last_end("no newline") == std::string_view::npos);

  CsvRecordEnds quoted;
  CHECK(quoted.last_end("a,1\nb,\"x\ny\n") == 4);  // b's field is still open
  CHECK(quoted.last_end("z\",2\n") == 5);
}

TEST_CASE("blocks cut at record ends read as the whole text does", "[csv][records]") {
  const auto& q = test::builtin();
  std::mt19937 random(14);
  const std::string cells[] = {"7", "\"a,\nb\"", "\"x\"\"y\"", "\"\n\n\"", "3", "\"open", "5\""};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int lines = 1 + static_cast<int>(random() % 80);
    for (int i = 0; i < lines; ++i) {
      text += "r" + std::to_string(i);
      const int fields = 1 + static_cast<int>(random() % 17);
      for (int f = 0; f < fields; ++f) text += "," + cells[random() % std::size(cells)];
      text += random() % 4 == 0 ? "\r\n" : "\n";
    }
    std::vector<std::string> whole;
    for (const CsvRow& row : rows_of(q, text)) whole.push_back(test::describe(row));

    // As the CLI does: read blocks of about `size` bytes, cut each at its last record end, then
    // read each block with a reader resumed after the lines before it.
    const std::size_t size = 1 + random() % 64;
    CsvRecordEnds ends;
    std::vector<std::string> blocks;
    std::string carry;
    for (std::size_t at = 0; at < text.size(); at += size) {
      const std::string piece = text.substr(at, size);
      const std::size_t before = carry.size();
      carry += piece;
      const std::size_t end = ends.last_end(std::string_view(carry).substr(before));
      if (end != std::string_view::npos) {
        blocks.push_back(carry.substr(0, before + end));
        carry.erase(0, before + end);
      }
    }
    if (!carry.empty()) blocks.push_back(carry);

    std::vector<std::string> read;
    CsvReader first(q);
    const auto visit = [&](const CsvRow& row) { read.push_back(test::describe(row)); };
    std::size_t b = 0;
    // The first reader decides the layout; once it has, every later block is read on its own.
    for (; b < blocks.size() && !first.layout(); ++b) first.feed(blocks[b], visit);
    int line = first.lines();
    if (b == blocks.size()) {
      first.finish(visit);
    } else {
      // The first reader stops at a block's end: a record ends there, so nothing is pending.
      for (; b < blocks.size(); ++b) {
        CsvReader resumed(q, line, *first.layout());
        resumed.feed(blocks[b], visit);
        resumed.finish(visit);
        line = resumed.lines();
      }
    }
    INFO(text);
    // The first row that differs (or "end"), so that a failure shows it rather than two lists.
    std::size_t k = 0;
    while (k < read.size() && k < whole.size() && read[k] == whole[k]) ++k;
    CHECK((k < read.size() ? read[k] : "end") == (k < whole.size() ? whole[k] : "end"));
  }
}

TEST_CASE("a quote left open and closed by another row's says so, losing no row silently",
          "[csv][records]") {
  // ann's comment is never closed; the quote ending dave's line closes it. Read as one row, the
  // record would score ann and lose p0, p1 and dave without a word.
  const auto& q = test::builtin();
  std::string header = "id";
  for (int i = 1; i <= 15; ++i) header += ",q" + std::to_string(i);
  const std::string text = header + ",comment\n" + "ann," + join(kA) + ",\"Great team, but\n" +
                           numbered_rows(0, 2) + "dave," + join(kB) + ",\"\n" + "erin," + join(kB) +
                           ",ok\n";
  const auto rows = rows_of(q, text);
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].problem);
  CHECK(rows[0].problem->message ==
        "Lines 2 to 5: the quote opened on line 2 closes only on line 5, taking in lines that "
        "look like rows.");
  CHECK(rows[1].id == "erin");
  CHECK(checked(q, rows[1]) == kB);
  // Closed on the very next line, the row taken in is seen all the same.
  const auto next =
      rows_of(q, header + ",comment\nann," + join(kA) + ",\"Great\ndave," + join(kB) + ",\"\n");
  REQUIRE(next.size() == 1);
  REQUIRE(next[0].problem);
  CHECK(next[0].problem->message.find("taking in lines that look like rows") != std::string::npos);
}

// --- As the reader reports them --------------------------------------------------------------

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
