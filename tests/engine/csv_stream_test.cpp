// CsvReader: input that arrives in pieces split anywhere reads exactly as the whole text does
// (the layout decided at the second line included: separators, headers by name, options), and a
// reader resumed at a line boundary after the decision (as the CLI's threads are) goes on exactly
// where another stood. Whole-text reading itself: csv_reader_test.cpp.
#include <algorithm>
#include <catch2/catch.hpp>
#include <numeric>
#include <optional>
#include <random>

#include "csv_random_input.hpp"

using namespace crossroads;
using test::describe;
using test::Input;
using test::join;
using test::kA;
using test::kB;
using test::random_csv;

namespace {

using Rows = std::vector<std::string>;  // each row as describe() gives it, then the input's problem

void add_problem(Rows& rows, const std::optional<AnswerError>& problem) {
  rows.push_back(problem ? "problem: " + problem->message : "no problem");
}

Rows whole(const Questionnaire& q, const std::string& text, const CsvOptions& options = {}) {
  Rows rows;
  add_problem(rows, for_each_csv_row(
                        q, text, [&](const CsvRow& r) { rows.push_back(describe(r)); }, options));
  return rows;
}

// Reads text in pieces that end at the given offsets (ascending, each within the text).
Rows in_pieces(const Questionnaire& q, const std::string& text,
               const std::vector<std::size_t>& cuts, const CsvOptions& options = {}) {
  Rows rows;
  const auto visit = [&](const CsvRow& r) { rows.push_back(describe(r)); };
  CsvReader reader(q, options);
  std::size_t from = 0;
  for (const std::size_t cut : cuts) {
    reader.feed(std::string_view(text).substr(from, cut - from), visit);
    from = cut;
  }
  reader.feed(std::string_view(text).substr(from), visit);
  reader.finish(visit);
  add_problem(rows, reader.problem());
  return rows;
}

std::vector<std::size_t> random_cuts(std::mt19937& random, std::size_t size) {
  std::vector<std::size_t> cuts;
  const std::size_t count = random() % 8;
  for (std::size_t i = 0; i < count; ++i) cuts.push_back(random() % (size + 1));
  std::sort(cuts.begin(), cuts.end());
  return cuts;
}

// Lines 1-10: a byte-order mark and a header, a blank line, a quoted id with "" pairs, a row, a
// short row, an id holding a line break (lines 6-7), a row, a quote left open to the end.
const std::string kSample =
    "\xEF\xBB\xBFid,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\r\n\r\n\"Smith, \"\"J\"\"\"," + join(kA) +
    "\r\np2," + join(kB) + "\r\np4," + join({1, 2, 3}) + "\r\n\"two\nlines\"," + join(kA) +
    "\r\np6," + join(kB) + "\r\n\"open," + join(kA);

}  // namespace

TEST_CASE("the sample reads as expected whole", "[csv][stream]") {
  const auto rows = whole(test::builtin(), kSample);
  REQUIRE(rows.size() == 7);
  CHECK(rows[0].rfind("3|Smith, \"J\"|", 0) == 0);
  CHECK(rows[1].rfind("4|p2|", 0) == 0);
  CHECK(test::contains(rows[2], "Line 5: expected 15 answers, found 3 values."));
  CHECK(rows[3].rfind("6|two\nlines|", 0) == 0);
  CHECK(rows[4].rfind("8|p6|", 0) == 0);
  CHECK(test::contains(rows[5], "Line 9: a quote is not closed."));
  CHECK(rows[6] == "no problem");
}

TEST_CASE("pieces split at chosen places read as the whole text", "[csv][stream]") {
  const auto& q = test::builtin();
  const Rows expected = whole(q, kSample);
  REQUIRE(expected.size() == 7);
  const auto at = [&](const std::string& what) { return kSample.find(what); };
  SECTION("in the middle of a line") {
    CHECK(in_pieces(q, kSample, {at("p2,") + 5}) == expected);
  }
  SECTION("inside a quoted field") {
    CHECK(in_pieces(q, kSample, {at("Smith") + 3, at("\"\"J") + 1}) == expected);
  }
  SECTION("between \\r and \\n") {
    CHECK(in_pieces(q, kSample, {at("\r\n") + 1, at("p2") - 1}) == expected);
  }
  SECTION("at a line break inside quotes") {
    CHECK(in_pieces(q, kSample, {at("two\n") + 3}) == expected);
    CHECK(in_pieces(q, kSample, {at("two\n") + 4}) == expected);
    CHECK(in_pieces(q, kSample, {at("\"open") + 1}) == expected);
  }
  SECTION("inside the byte-order mark") {
    CHECK(in_pieces(q, kSample, {1}) == expected);
    CHECK(in_pieces(q, kSample, {1, 2}) == expected);
    CHECK(in_pieces(q, kSample, {2, 2, 3}) == expected);  // an empty piece changes nothing
  }
  SECTION("one byte at a time") {
    std::vector<std::size_t> cuts(kSample.size());
    for (std::size_t i = 0; i < cuts.size(); ++i) cuts[i] = i;
    CHECK(in_pieces(q, kSample, cuts) == expected);
  }
}

TEST_CASE("the real-world files read the same in any pieces", "[csv][stream][real]") {
  // The layout is decided at the second usable line: wherever the pieces end, the same rows
  // come, under the same ids, with the same input problem.
  const auto& q = test::builtin();
  std::mt19937 random(14);
  for (const std::string name : {"semicolon.csv", "tab-one-row.tsv", "trailing-comma.csv",
                                 "forms-export.csv", "header-only.csv", "empty.csv"}) {
    const std::string text = test::source_file("tests/fixtures/csv/" + name);
    CsvOptions email;
    email.id_column = "Email address";
    for (const CsvOptions& options : {CsvOptions{}, email}) {
      CAPTURE(name, options.id_column.has_value());
      const Rows expected = whole(q, text, options);
      std::vector<std::size_t> every(text.size());
      for (std::size_t i = 0; i < every.size(); ++i) every[i] = i;
      CHECK(in_pieces(q, text, every, options) == expected);
      for (int k = 0; k < 50; ++k) {
        const auto cuts = random_cuts(random, text.size());
        CAPTURE(cuts);
        REQUIRE(in_pieces(q, text, cuts, options) == expected);
      }
    }
  }
}

TEST_CASE("a short input (under three bytes) reads the same in pieces", "[csv][stream]") {
  // A custom questionnaire of one statement, so one byte can be a whole row.
  test::Spec s;
  s.items = 1;
  s.themes = 1;
  const auto q = test::load(s);
  const std::string bom_five = std::string("\xEF\xBB\xBF") + "5";  // "\xBF5" would be one escape
  for (const std::string& text : {std::string("5"), std::string("5\n"), std::string("\n5"),
                                  std::string("\xEF\xBB"), std::string("\xEF\xBB\xBF"), bom_five,
                                  std::string(";"), std::string("5;"), std::string("\t5")}) {
    CAPTURE(text);
    const Rows expected = whole(q, text);
    const auto at = [&](std::size_t i) { return std::min(i, text.size()); };
    CHECK(in_pieces(q, text, {at(1)}) == expected);
    CHECK(in_pieces(q, text, {0, at(1), at(2)}) == expected);
  }
  CHECK(whole(q, "5").size() == 2);  // a row, then "no problem"
  CHECK(whole(q,
              "\xEF\xBB\xBF"
              "5\n7")
            .size() == 3);
}

TEST_CASE("random texts in random pieces read as the whole text", "[csv][stream]") {
  const auto& q = test::builtin();
  std::mt19937 random(20240611);
  int by_name = 0;
  int problems = 0;
  for (int n = 0; n < 1500; ++n) {
    const Input input = random_csv(random);
    const Rows expected = whole(q, input.text, input.options);
    by_name += test::contains(input.text, "Timestamp") ? 1 : 0;
    problems += expected.back() != "no problem" ? 1 : 0;
    for (int k = 0; k < 5; ++k) {
      const auto cuts = random_cuts(random, input.text.size());
      CAPTURE(n, input.text, input.options.separator.value_or('?'),
              input.options.id_column.value_or("-"), cuts);
      REQUIRE(in_pieces(q, input.text, cuts, input.options) == expected);
    }
  }
  // The generator reaches the paths it is meant to.
  CHECK(by_name > 200);
  CHECK(problems > 50);
}

namespace {

// Where the records of a text end (just after their newline), found as the CLI finds them.
std::vector<std::size_t> record_ends(const std::string& text) {
  std::vector<std::size_t> ends;
  CsvRecordEnds records;
  std::size_t pos = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', pos)) {
    if (records.end_line(std::string_view(text).substr(pos, end - pos)) > 0) {
      ends.push_back(end + 1);
    }
    pos = end + 1;
  }
  return ends;
}

// Reads text with one reader up to `cut` (just after a record), then with a reader resumed
// where it stood. False when the first reader had not decided the layout by then, or found it
// unusable: there is nothing to resume with.
bool resumed(const Questionnaire& q, const Input& input, std::size_t cut, Rows& rows) {
  const auto visit = [&](const CsvRow& r) { rows.push_back(describe(r)); };
  CsvReader first(q, input.options);
  first.feed(std::string_view(input.text).substr(0, cut), visit);
  if (!first.layout() || first.problem()) return false;
  CsvReader rest(q, first.lines(), *first.layout());
  rest.feed(std::string_view(input.text).substr(cut), visit);
  rest.finish(visit);
  // A resumed reader hands over rows as the first would have; whether the whole input had rows
  // is the caller's to say (the CLI counts them across its readers).
  CHECK_FALSE((rest.problem() && rest.rows() > 0));
  return true;
}

}  // namespace

TEST_CASE("a reader resumed at a line boundary goes on as one reader would", "[csv][stream]") {
  const auto& q = test::builtin();
  std::mt19937 random(7);
  int tried = 0;
  for (int n = 0; n < 1500; ++n) {
    const Input input = random_csv(random);
    Rows expected = whole(q, input.text, input.options);
    expected.pop_back();  // the input's problem: see resumed()
    // Cut after a random record (where the CLI cuts its blocks): the first reader reads the
    // lines before it, a resumed one the rest.
    const auto ends = record_ends(input.text);
    if (ends.empty()) continue;
    const std::size_t cut = ends[random() % ends.size()];
    Rows rows;
    if (!resumed(q, input, cut, rows)) continue;
    ++tried;
    CAPTURE(n, input.text, cut);
    REQUIRE(rows == expected);
  }
  CHECK(tried > 500);
}

TEST_CASE("a reader resumed after the layout was decided numbers the rest as one reader would",
          "[csv][stream]") {
  const auto& q = test::builtin();
  for (const std::string start : {"", "\n", "\r\n", "\n ;\t\n"}) {
    for (const char sep : kCsvSeparators) {
      const std::string s(1, sep);
      std::string decided = start;
      decided += "p1" + s + join(kA, s) + "\n\n";
      decided += "p2" + s + join(kB, s) + "\n";
      std::string text = decided;
      text += "p3" + s + join(kA, s) + "\n";
      Rows expected = whole(q, text);
      REQUIRE(expected.back() == "no problem");
      expected.pop_back();
      Rows rows;
      CAPTURE(start, sep);
      REQUIRE(resumed(q, Input{text, {}}, decided.size(), rows));
      CHECK(rows == expected);
      CHECK(rows.size() == 3U);
    }
  }
  // A forms export, by name: resumed after its first row.
  const std::string forms = test::source_file("tests/fixtures/csv/forms-export.csv");
  const std::size_t cut = forms.find('\n', forms.find('\n') + 1) + 1;
  Rows expected = whole(q, forms);
  expected.pop_back();
  Rows rows;
  REQUIRE(resumed(q, Input{forms, {}}, cut, rows));
  CHECK(rows == expected);
  CHECK(rows.size() == 6U);
}

TEST_CASE("CsvRecordEnds::last_end finds the same record ends in any pieces",
          "[csv][stream][records]") {
  // The CLI cuts its blocks at last_end: a block must start with a record, wherever the reads of
  // the file end. Here on the hostile texts above (every separator, headers by name); the rules
  // line by line: csv_records_test.cpp.
  std::mt19937 random(50);
  for (int n = 0; n < 300; ++n) {
    const std::string text = random_csv(random).text;
    const auto ends = record_ends(text);
    const auto cuts = random_cuts(random, text.size());
    CsvRecordEnds records;
    std::size_t from = 0;
    for (std::size_t k = 0; k <= cuts.size(); ++k) {
      const std::size_t to = k < cuts.size() ? cuts[k] : text.size();
      const std::size_t got = records.last_end(std::string_view(text).substr(from, to - from));
      // the last record end in (from, to]
      std::size_t want = std::string::npos;
      for (const std::size_t end : ends) {
        if (end > from && end <= to) want = end - from;
      }
      CAPTURE(n, text, cuts, from, to);
      REQUIRE(got == want);
      from = to;
    }
  }
}
