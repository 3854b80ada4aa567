// csv_header, csv_line, CsvScorer and score_csv: the CSV output format, and what it says of the
// real-world inputs of issue 14. The input format: csv_reader_test.cpp.
#include <catch2/catch.hpp>
#include <random>

#include "csv_test_support.hpp"

using namespace crossroads;
using test::answered;
using test::cells_of;
using test::join;
using test::kA;
using test::kB;
using test::lines_of;

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
  CHECK(short_row[0] == "1");  // the input has an id column: the row's first field is its id
  for (std::size_t i = 1; i < 10; ++i) CHECK(short_row[i].empty());
  CHECK(short_row[10] == "Line 3: expected 15 answers, found 13 values.");
  CHECK(lines[4] == "bob,132,mastery,30,27,24,21,30,consistent,32,");
}

TEST_CASE("score_csv: an input that cannot be used is just the header", "[csv][output]") {
  // The reason is CsvReader::problem, for the CLI and the page to show; no row is made up.
  const auto& q = test::builtin();
  CHECK(score_csv(q, "") == csv_header(q));
  CHECK(score_csv(q, "\n\r\n  \n") == csv_header(q));
  CHECK(score_csv(q, "id,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\n") == csv_header(q));
  // A header that names statement 1 to 14 but not 15: not a single row is scored by a guess.
  CHECK(score_csv(q, "id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14\nalice," + answered(q, kA) +
                         "\n") == csv_header(q));
  CsvOptions nope;
  nope.id_column = "Nope";
  CHECK(score_csv(q, test::source_file("tests/fixtures/csv/forms-export.csv"), nope) ==
        csv_header(q));
}

TEST_CASE("score_csv scores the real-world files, with their ids", "[csv][output][real]") {
  const auto& q = test::builtin();
  const auto& expected = test::fixture_rows();
  const auto expected_line = [&](const std::string& id, std::size_t i) {
    return csv_line(q, id, score(q, test::raw(expected[i].answers)));
  };
  for (const std::string name : {"semicolon.csv", "trailing-comma.csv"}) {
    CAPTURE(name);
    const auto out = score_csv(q, test::source_file("tests/fixtures/csv/" + name));
    std::string want = csv_header(q);
    for (std::size_t i = 0; i < expected.size(); ++i) want += expected_line(expected[i].id, i);
    CHECK(out == want);
  }
  const auto tab = score_csv(q, test::source_file("tests/fixtures/csv/tab-one-row.tsv"));
  CHECK(tab == csv_header(q) + expected_line("ana", 0));
  // A forms export: line numbers stand for ids, or the column asked for.
  const std::string forms = test::source_file("tests/fixtures/csv/forms-export.csv");
  std::string by_line = csv_header(q);
  for (std::size_t i = 0; i < expected.size(); ++i)
    by_line += expected_line(std::to_string(i + 2), i);
  CHECK(score_csv(q, forms) == by_line);
  CsvOptions email;
  email.id_column = "Email address";
  const auto emails = lines_of(score_csv(q, forms, email));
  REQUIRE(emails.size() == 7U);
  CHECK(emails[1] + "\n" == expected_line("ana@example.org", 0));
  CHECK(emails[3] + "\n" == expected_line("chloe@example.org", 2));
}

TEST_CASE("score_csv names the column of an answer read by name", "[csv][output][real]") {
  const auto& q = test::builtin();
  // Person, then statements 15 down to 1; statement 3 has a word where a number belongs.
  std::string header = "Person";
  for (int i = 15; i >= 1; --i) header += ",q" + std::to_string(i);
  std::string row = "ana";
  for (int i = 15; i >= 1; --i) row += i == 3 ? ",abc" : ",5";
  const auto lines = lines_of(score_csv(q, header + "\n" + row + "\n"));
  REQUIRE(lines.size() == 2U);
  const auto cells = cells_of(lines[1]);
  REQUIRE(cells.size() == 11U);
  CHECK(cells[0] == "ana");
  CHECK(cells[10] == "Statement 3 (column \"q3\"): \"abc\" is not a number.");
  // A long column name is cut, with an ellipsis.
  const std::string& prompt = q.items[3].prompt;  // "Which afternoon sounds more energising..."
  REQUIRE(prompt.size() > 40U);
  std::string forms_header = "Timestamp";
  std::string forms_row = "t";
  for (int i = 15; i >= 1; --i) {
    forms_header += "," + (i == 4 ? "\"" + prompt + "\"" : "q" + std::to_string(i));
    forms_row += i == 4 ? ",12" : ",5";
  }
  const auto cut = lines_of(score_csv(q, forms_header + "\n" + forms_row + "\n"));
  REQUIRE(cut.size() == 2U);
  const std::string error = cells_of(cut[1])[10];
  CAPTURE(error);
  CHECK(error.rfind("Statement 4 (column \"Which afternoon", 0) == 0);
  CHECK(test::contains(error, "\xE2\x80\xA6\"): 12 is out of range"));
  CHECK_FALSE(test::contains(error, prompt));
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
  const auto lines = lines_of(score_csv(q, "a,1,2,3,4\nb,4,3,2,1\nc,1,2\n"));
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] == "a,10,b1,3,7,consistent,,");  // one band: no margin
  CHECK(lines[2] == "b,10,b1,7,3,consistent,,");
  const auto bad = cells_of(lines[3]);
  REQUIRE(bad.size() == 8);
  CHECK(bad[0] == "c");
  CHECK(bad[7] == "Line 3: expected 4 answers, found 2 values.");
  const auto no_id = lines_of(score_csv(q, "1,2,3,4\n1,2,3,4,5\n"));
  REQUIRE(no_id.size() == 3);
  CHECK(no_id[1] == "1,10,b1,3,7,consistent,,");
  CHECK(no_id[2] == "2,,,,,,,\"Line 2: expected 4 answers, found 5 values.\"");
}

TEST_CASE("CsvScorer counts the rows it refused", "[csv][output]") {
  // The CLI's exit code 1 (some rows refused) comes from this count.
  const auto& q = test::builtin();
  CsvScorer scorer(q);
  std::string out;
  std::string bad_cell = "carol";
  for (int i = 0; i < 15; ++i) bad_cell += i == 2 ? ",abc" : ",5";
  for_each_csv_row(
      q, "alice," + join(kA) + "\n" + bad_cell + "\nbob,1,2\nbob," + join(kB) + "\n\"open\n",
      [&](const CsvRow& row) { scorer.add(row, out); });
  CHECK(lines_of(out).size() == 5U);  // one line a row, no header
  CHECK(scorer.refused() == 3);       // carol's abc, bob's two answers, the open quote
}

TEST_CASE("CsvScorer writes what csv_line writes for the same row", "[csv][output]") {
  const auto& q = test::builtin();
  // Good rows of every shape and band, and every kind of bad answer, from a fixed seed.
  std::mt19937 random(11);
  const std::vector<std::string> odd{"", " 7 ", "7.0", "7.5", "abc", "11", "-1", "1e1", "=1"};
  CsvScorer scorer(q);
  std::string out;
  for (int n = 0; n < 2000; ++n) {
    CsvRow row;
    row.id = n % 7 == 0 ? "-id, \"" + std::to_string(n) + "\"" : "p" + std::to_string(n);
    for (int i = 0; i < 15; ++i) {
      const bool bad = random() % 60 == 0;
      row.answers.push_back(
          RawAnswer::from_token(bad ? odd[random() % odd.size()] : std::to_string(random() % 11)));
    }
    if (n % 97 == 0) row.answers.pop_back();
    if (n % 89 == 0)
      row.problem = AnswerError{ErrorCode::bad_file, 0, "Line 1: a quote is not closed."};
    const auto outcome =
        row.problem ? Expected<Result, AnswerError>::failure(*row.problem) : score(q, row.answers);
    out.clear();
    scorer.add(row, out);
    CAPTURE(n);
    CHECK(out == csv_line(q, row.id, outcome));
  }
}
