// for_each_csv_row (the CSV input format) and score_csv / csv_line (the CSV output format).
#include "crossroads/csv.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace crossroads;

namespace {

std::vector<CsvRow> rows_of(const Questionnaire& q, const std::string& text) {
  std::vector<CsvRow> rows;
  for_each_csv_row(q, text, [&](const CsvRow& r) { rows.push_back(r); });
  return rows;
}

std::string join(const std::vector<int>& v, const std::string& sep = ",") {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + std::to_string(v[i]);
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto end = text.find('\n', pos);
    REQUIRE(end != std::string::npos);  // every output line ends with a newline
    out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

// Splits an output line honouring double quotes.
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

std::vector<int> checked(const Questionnaire& q, const CsvRow& row) {
  REQUIRE_FALSE(row.problem.has_value());
  const auto c = check_answers(q, row.answers);
  INFO((c ? std::string() : c.error().message));
  REQUIRE(c.ok());
  return c.value();
}

const std::vector<int> kA{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4};       // sum 65
const std::vector<int> kB{10, 10, 10, 9, 9, 9, 8, 8, 8, 7, 7, 7, 10, 10, 10};  // sum 132

// A row whose scored values are these (reversed statements answered from the other end), so the
// output tests below read the same totals whichever statements the built-in reverses.
std::string answered(const Questionnaire& q, const std::vector<int>& values) {
  return join(test::answers_for(q, values));
}

}  // namespace

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
  CHECK(test::contains(rows[1].problem->message, "Line 3"));
  CHECK(test::contains(rows[1].problem->message, "14"));
  REQUIRE(rows[2].problem.has_value());
  CHECK(test::contains(rows[2].problem->message, "Line 4"));
  CHECK(test::contains(rows[2].problem->message, "18"));
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

TEST_CASE("score_csv writes the documented columns", "[csv][output]") {
  const auto& q = test::builtin();
  CHECK(csv_header(q) == "id,total,band,impact,energy,style,life,growth,shape,margin,error\n");
  const auto out = score_csv(q, "id,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\nalice," + answered(q, kA) +
                                    "\nbob," + answered(q, kB) + "\n");
  const auto lines = lines_of(out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "id,total,band,impact,energy,style,life,growth,shape,margin,error");
  // alice's and bob's scored values are kA and kB
  // alice: 65, both; themes 6 15 24 11 9; split (0,1,1,2,2 low; 8,9,10 high); margin 16 down to 49
  CHECK(lines[1] == "alice,65,both,6,15,24,11,9,split,16,");
  // bob: 132, mastery; themes 30 27 24 21 30; consistent; margin 32 down to 100
  CHECK(lines[2] == "bob,132,mastery,30,27,24,21,30,consistent,32,");
}

TEST_CASE("score_csv scores version 2's reversed statements", "[csv][output][reverse]") {
  const auto& q = test::builtin(2);
  // kA as given: statements 2, 3, 5, 7, 9, 10 and 14 are reversed, so the scored values are
  // 1 8 7 | 4 5 6 | 3 8 1 | 0 0 1 | 2 7 4: total 57, themes 16 15 12 1 13; two values of 8 or more
  // (not split) and four at 4-6 (not centred); 8 points above 49
  const auto lines = lines_of(score_csv(q, "alice," + join(kA) + "\n"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[1] == "alice,57,both,16,15,12,1,13,consistent,8,");
}

TEST_CASE("score_csv: bad rows have empty score cells and the error last; good rows still score",
          "[csv][output]") {
  const auto& q = test::builtin();
  std::string bad_cells = "carol";
  for (int i = 0; i < 15; ++i) bad_cells += i == 2 ? ",abc" : ",5";
  const std::vector<int> fourteen(kA.begin(), kA.end() - 1);
  const std::string text = "alice," + answered(q, kA) + "\n" + bad_cells + "\n" + join(fourteen) +
                           "\nbob," + answered(q, kB) + "\n";
  const auto lines = lines_of(score_csv(q, text));
  REQUIRE(lines.size() == 5);
  for (const auto& l : lines) {
    CAPTURE(l);
    CHECK(cells_of(l).size() == 11);
  }
  CHECK(lines[1] == "alice,65,both,6,15,24,11,9,split,16,");
  const auto carol = cells_of(lines[2]);
  CHECK(carol[0] == "carol");
  for (std::size_t i = 1; i < 10; ++i) CHECK(carol[i].empty());
  CHECK(test::contains(carol[10], "Statement 3"));
  CHECK(test::contains(carol[10], "abc"));
  const auto short_row = cells_of(lines[3]);
  CHECK(short_row[0] == "3");
  for (std::size_t i = 1; i < 10; ++i) CHECK(short_row[i].empty());
  CHECK(test::contains(short_row[10], "Line 3"));
  CHECK(lines[4] == "bob,132,mastery,30,27,24,21,30,consistent,32,");
}

TEST_CASE("score_csv: an empty input is just the header", "[csv][output]") {
  const auto& q = test::builtin();
  CHECK(score_csv(q, "") == csv_header(q));
  CHECK(score_csv(q, "\n\r\n  \n") == csv_header(q));
  CHECK(score_csv(q, "id,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\n") == csv_header(q));
}

TEST_CASE("score_csv neutralises formula-looking cells", "[csv][output]") {
  const auto& q = test::builtin();
  const auto a = answered(q, kA);
  const auto out = score_csv(q, "=cmd|' /C calc'!A0," + a + "\n+1," + a + "\n@SUM(A1)," + a +
                                    "\n-2+3," + a + "\n\"=1,2\"," + a + "\n");
  const auto lines = lines_of(out);
  REQUIRE(lines.size() == 6);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CAPTURE(lines[i]);
    const auto cells = cells_of(lines[i]);
    REQUIRE(cells.size() == 11);
    CHECK(cells[0].front() == '\'');
    CHECK(cells[1] == "65");
  }
  CHECK(cells_of(lines[1])[0] == "'=cmd|' /C calc'!A0");
  CHECK(cells_of(lines[5])[0] == "'=1,2");
  // a formula-looking answer is a not-a-number error; the error cell must not start a formula
  std::string bad = "eve";
  for (int i = 0; i < 15; ++i) bad += i == 0 ? ",=1+1" : ",5";
  const auto err_lines = lines_of(score_csv(q, bad + "\n"));
  REQUIRE(err_lines.size() == 2);
  const auto cells = cells_of(err_lines[1]);
  REQUIRE(cells.size() == 11);
  CHECK(std::string("=+-@").find(cells[10].front()) == std::string::npos);
}

TEST_CASE("csv_line: ids with commas, quotes and newlines stay one cell", "[csv][output]") {
  const auto& q = test::builtin();
  const auto r = score(q, test::raw(test::answers_for(q, kA)));
  const std::string line = csv_line(q, "Smith, \"J\"\nx", r);
  REQUIRE(line.back() == '\n');
  CHECK(std::count(line.begin(), line.end(), '\n') == 1);
  const auto cells = cells_of(line.substr(0, line.size() - 1));
  REQUIRE(cells.size() == 11);
  CHECK(test::contains(cells[0], "Smith, \"J\""));
  CHECK(cells[1] == "65");
}

TEST_CASE("csv on a custom questionnaire uses its theme ids and count", "[csv][custom]") {
  test::Spec s;
  s.items = 4;
  s.themes = 2;
  s.min = 1;
  s.max = 5;
  s.bands = {{4, 20}};
  const auto q = test::load(s);
  CHECK(csv_header(q) == "id,total,band,t1,t2,shape,margin,error\n");
  const auto lines = lines_of(score_csv(q, "a,1,2,3,4\n1,2,3,4\nb,1,2\n"));
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] == "a,10,b1,3,7,consistent,,");  // one band: no margin
  CHECK(lines[2] == "2,10,b1,3,7,consistent,,");
  const auto bad = cells_of(lines[3]);
  REQUIRE(bad.size() == 8);
  CHECK(bad[0] == "3");
  CHECK(test::contains(bad[7], "Line 3"));
}
