// CsvReader: input that arrives in pieces split anywhere reads exactly as the whole text does, and
// a reader resumed at a line boundary (as the CLI's threads are) goes on exactly where another
// stood. Whole-text reading itself: csv_reader_test.cpp.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "csv_test_support.hpp"

using namespace crossroads;
using test::describe;
using test::join;
using test::kA;
using test::kB;

namespace {

using Rows = std::vector<std::string>;  // each row as describe() gives it

Rows whole(const Questionnaire& q, const std::string& text) {
  Rows rows;
  for_each_csv_row(q, text, [&](const CsvRow& r) { rows.push_back(describe(r)); });
  return rows;
}

// Reads text in pieces that end at the given offsets (ascending, each within the text).
Rows in_pieces(const Questionnaire& q, const std::string& text,
               const std::vector<std::size_t>& cuts) {
  Rows rows;
  const auto visit = [&](const CsvRow& r) { rows.push_back(describe(r)); };
  CsvReader reader(q);
  std::size_t from = 0;
  for (const std::size_t cut : cuts) {
    reader.feed(std::string_view(text).substr(from, cut - from), visit);
    from = cut;
  }
  reader.feed(std::string_view(text).substr(from), visit);
  reader.finish(visit);
  return rows;
}

std::vector<std::size_t> random_cuts(std::mt19937& random, std::size_t size) {
  std::vector<std::size_t> cuts;
  const std::size_t count = random() % 8;
  for (std::size_t i = 0; i < count; ++i) cuts.push_back(random() % (size + 1));
  std::sort(cuts.begin(), cuts.end());
  return cuts;
}

// A hostile CSV from a seed: ids or not, a header or not, CRLF or LF, a byte-order mark, blank
// lines, quoted ids with commas and "" pairs, bad cells, short and long rows, unclosed quotes, and
// sometimes no final newline.
std::string random_csv(std::mt19937& random) {
  const auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
  const bool ids = chance(60);
  const std::string nl = chance(50) ? "\r\n" : "\n";
  std::string text = chance(30) ? "\xEF\xBB\xBF" : "";
  if (chance(50)) text += std::string(ids ? "id," : "") + "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o" + nl;
  const std::vector<std::string> odd{"",   " 5 ",   "7.0",     "7.5",        "abc",
                                     "11", "\"3\"", "\"a,b\"", "\"x\"\"y\"", "=1+1"};
  const std::vector<std::string> odd_ids{
      "\"Smith, J\"", "\"say \"\"hi\"\"\"", "", "\"\"", "\"open", "-2", "=cmd"};
  const int rows = static_cast<int>(random() % 40);
  for (int r = 0; r < rows; ++r) {
    if (chance(5)) {
      text += chance(50) ? nl : " ,\t," + nl;
      continue;
    }
    int cells = 15;
    if (chance(8)) cells = static_cast<int>(random() % 18);
    std::string line;
    if (ids) line = chance(85) ? "p" + std::to_string(r) : odd_ids[random() % odd_ids.size()];
    for (int c = 0; c < cells; ++c) {
      if (ids || c > 0) line += ',';
      line += chance(95) ? std::to_string(random() % 11) : odd[random() % odd.size()];
    }
    text += line + nl;
  }
  if (chance(30)) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  }
  return text;
}

const std::string kSample =
    "\xEF\xBB\xBFid,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\r\n\r\n\"Smith, \"\"J\"\"\"," + join(kA) +
    "\r\np2," + join(kB) + "\r\n\"open," + join(kA) + "\r\np4," + join({1, 2, 3}) + "\r\n" + "p5," +
    join(kB);

}  // namespace

TEST_CASE("the sample reads as expected whole", "[csv][stream]") {
  const auto rows = whole(test::builtin(), kSample);
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].rfind("3|Smith, \"J\"|", 0) == 0);
  CHECK(test::contains(rows[2], "Line 5: a quote is not closed."));
  CHECK(test::contains(rows[3], "Line 6: expected 15 answers, got 3."));
  CHECK(rows[4].rfind("7|p5|", 0) == 0);
}

TEST_CASE("pieces split at chosen places read as the whole text", "[csv][stream]") {
  const auto& q = test::builtin();
  const Rows expected = whole(q, kSample);
  REQUIRE(expected.size() == 5);
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

TEST_CASE("a short input (under three bytes) reads the same in pieces", "[csv][stream]") {
  // A custom questionnaire of one statement, so one byte can be a whole row.
  test::Spec s;
  s.items = 1;
  s.themes = 1;
  const auto q = test::load(s);
  for (const std::string text : {"5", "5\n", "\n5", "\xEF\xBB", "\xEF\xBB\xBF",
                                 "\xEF\xBB\xBF"
                                 "5"}) {
    CAPTURE(text);
    const Rows expected = whole(q, text);
    const auto at = [&](std::size_t i) { return std::min(i, text.size()); };
    CHECK(in_pieces(q, text, {at(1)}) == expected);
    CHECK(in_pieces(q, text, {0, at(1), at(2)}) == expected);
  }
  CHECK(whole(q, "5").size() == 1);
  CHECK(whole(q,
              "\xEF\xBB\xBF"
              "5\n7")
            .size() == 2);
}

TEST_CASE("random texts in random pieces read as the whole text", "[csv][stream]") {
  const auto& q = test::builtin();
  std::mt19937 random(20240611);
  for (int n = 0; n < 1500; ++n) {
    const std::string text = random_csv(random);
    const Rows expected = whole(q, text);
    for (int k = 0; k < 5; ++k) {
      const auto cuts = random_cuts(random, text.size());
      CAPTURE(n, text, cuts);
      REQUIRE(in_pieces(q, text, cuts) == expected);
    }
  }
}

TEST_CASE("a reader resumed at a line boundary goes on as one reader would", "[csv][stream]") {
  const auto& q = test::builtin();
  std::mt19937 random(7);
  for (int n = 0; n < 1500; ++n) {
    const std::string text = random_csv(random);
    const Rows expected = whole(q, text);
    // Cut after a random newline: the first reader reads the lines before it, a resumed one the
    // rest.
    std::vector<std::size_t> newlines;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') newlines.push_back(i + 1);
    }
    if (newlines.empty()) continue;
    const std::size_t cut = newlines[random() % newlines.size()];
    Rows rows;
    const auto visit = [&](const CsvRow& r) { rows.push_back(describe(r)); };
    CsvReader first(q);
    first.feed(std::string_view(text).substr(0, cut), visit);
    CsvReader rest(q, first.lines(), first.layout());
    rest.feed(std::string_view(text).substr(cut), visit);
    rest.finish(visit);
    CAPTURE(n, text, cut);
    REQUIRE(rows == expected);
  }
}

TEST_CASE("a reader resumed after blank first lines numbers the rest as one reader would",
          "[csv][stream]") {
  const auto& q = test::builtin();
  // Fewer than three bytes so far, none of them a byte-order mark: the lines are counted at once.
  for (const std::string start : {"\n", "\r\n", "\n\n"}) {
    const std::string text = start + "5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n";
    const Rows expected = whole(q, text);
    Rows rows;
    const auto visit = [&](const CsvRow& r) { rows.push_back(describe(r)); };
    CsvReader first(q);
    first.feed(start, visit);
    CHECK(first.lines() == static_cast<int>(std::count(start.begin(), start.end(), '\n')));
    CsvReader rest(q, first.lines(), first.layout());
    rest.feed(std::string_view(text).substr(start.size()), visit);
    rest.finish(visit);
    CAPTURE(start);
    REQUIRE(rows == expected);
  }
}
