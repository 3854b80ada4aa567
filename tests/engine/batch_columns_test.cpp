// score_columns, score_csv_columns and ColumnsBuilder: one entry per row in every column, in input
// order, equal to score() row by row; refused rows keep their place and are listed in errors.
#include "crossroads/batch_columns.hpp"

#include <catch2/catch.hpp>

#include "csv_test_support.hpp"
#include "reliability_support.hpp"

using namespace crossroads;

namespace {

// Row i of the columns equals score() of the same answers.
void check_row(const Questionnaire& q, const BatchColumns& c, std::size_t i,
               const std::vector<RawAnswer>& answers) {
  const auto single = score(q, answers);
  INFO("row " << i);
  if (!single) {
    CHECK(c.total[i] == 0);
    CHECK(c.band[i] == -1);
    CHECK(c.shape[i] == -1);
    CHECK(c.borderline[i] == 0);
    for (const auto& theme : c.themes) CHECK(theme[i] == 0);
    if (c.has_margin) CHECK(c.toward[i] == -1);
    bool listed = false;
    for (const RowError& e : c.errors) {
      if (e.row != i) continue;
      listed = true;
      CHECK(e.id == c.ids[i]);
      CHECK(e.error.code == single.error().code);
      CHECK(e.error.item == single.error().item);
      CHECK(e.error.message == single.error().message);
    }
    CHECK(listed);
    return;
  }
  const Result& r = single.value();
  CHECK(c.total[i] == r.total);
  CHECK(c.band[i] == static_cast<std::int32_t>(r.band));
  for (const ThemeScore& t : r.themes) CHECK(c.themes[t.theme][i] == t.score);
  CHECK(c.shape[i] == static_cast<std::int8_t>(r.shape));
  CHECK(c.borderline[i] == (r.borderline ? 1 : 0));
  REQUIRE(c.has_margin == r.margin.has_value());
  if (r.margin) {
    CHECK(c.margin[i] == r.margin->points);
    CHECK(c.toward[i] == static_cast<std::int32_t>(r.margin->toward));
  }
}

void check_sizes(const Questionnaire& q, const BatchColumns& c, std::size_t rows) {
  CHECK(c.count() == rows);
  CHECK(c.total.size() == rows);
  CHECK(c.band.size() == rows);
  REQUIRE(c.themes.size() == q.themes.size());
  for (const auto& theme : c.themes) CHECK(theme.size() == rows);
  CHECK(c.shape.size() == rows);
  CHECK(c.margin.size() == (c.has_margin ? rows : 0));
  CHECK(c.toward.size() == (c.has_margin ? rows : 0));
  CHECK(c.borderline.size() == rows);
}

}  // namespace

TEST_CASE("score_columns equals score() row by row, bad rows in place", "[batch_columns]") {
  const auto& q = test::builtin();
  std::vector<Respondent> rows;
  for (int total = 0; total <= 150; total += 7) {
    rows.push_back(
        {"t" + std::to_string(total), test::raw(test::answers_for(q, test::summing_to(total)))});
  }
  rows.push_back({"short", test::raw({1, 2, 3})});
  rows.push_back({"eleven", test::raw({11, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5})});
  rows.push_back({"typed", test::tokens({"x", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5",
                                         "5", "5", "5"})});
  rows.push_back({"blank", test::tokens({"5", "", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5",
                                         "5", "5", "5"})});
  rows.push_back({"last", test::raw(std::vector<int>(15, 10))});

  const BatchColumns c = score_columns(q, rows);
  check_sizes(q, c, rows.size());
  CHECK(c.has_margin);
  CHECK(c.errors.size() == 4);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CHECK(c.ids[i] == rows[i].id);
    check_row(q, c, i, rows[i].answers);
  }
  CHECK(c.errors.front().id == "short");
  CHECK(c.errors.front().error.code == ErrorCode::answer_count);
}

TEST_CASE("score_columns: one band has no margin column", "[batch_columns]") {
  test::Spec spec;
  spec.items = 4;
  spec.themes = 2;
  spec.bands = {{0, 40}};
  const auto q = test::load(spec);
  const std::vector<Respondent> rows{{"a", test::raw({1, 2, 3, 4})}, {"b", test::raw({1})}};
  const BatchColumns c = score_columns(q, rows);
  check_sizes(q, c, 2);
  CHECK_FALSE(c.has_margin);
  check_row(q, c, 0, rows[0].answers);
  check_row(q, c, 1, rows[1].answers);
}

TEST_CASE("score_range: totals and each theme's subtotals", "[batch_columns]") {
  const auto q = test::five_point();
  const ScoreRange range = score_range(q);
  CHECK(range.min == q.min_total());
  CHECK(range.max == q.max_total());
  const auto r = test::score_ok(q, std::vector<int>(q.items.size(), q.scale_min));
  REQUIRE(range.theme_min.size() == r.themes.size());
  for (const ThemeScore& t : r.themes) {
    CHECK(range.theme_min[t.theme] == t.min);
    CHECK(range.theme_max[t.theme] == t.max);
  }
}

TEST_CASE("score_csv_columns equals for_each_csv_row then score()", "[batch_columns]") {
  const auto& q = test::builtin();
  const std::string text =
      "id,s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14,s15\n"
      "alice,0,10,10,0,10,0,10,0,10,10,0,0,0,10,0\n"
      "bob,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n"
      "\n"
      "carol,5,5,11,5,5,5,5,5,5,5,5,5,5,5,5\n"
      "dave,1,2,3\n"
      "\"Smith, J\",7,3,10,5,5,5,5,5,5,5,5,5,5,5,5\n";
  std::vector<CsvRow> read;
  for_each_csv_row(q, text, [&](const CsvRow& row) { read.push_back(row); });
  const BatchColumns c = score_csv_columns(q, text);
  check_sizes(q, c, read.size());
  REQUIRE(read.size() == 5);
  for (std::size_t i = 0; i < read.size(); ++i) {
    CHECK(c.ids[i] == read[i].id);
    if (read[i].problem) {
      REQUIRE_FALSE(c.errors.empty());
      bool found = false;
      for (const RowError& e : c.errors)
        found = found || (e.row == i && e.error.message == read[i].problem->message);
      CHECK(found);
    } else {
      check_row(q, c, i, read[i].answers);
    }
  }
  CHECK(c.ids[4] == "Smith, J");
}

TEST_CASE("read_csv_columns: the layout, the rows of a semicolon file and of a forms export",
          "[batch_columns][csv]") {
  const auto& q = test::builtin();
  const auto& expected = test::fixture_rows();
  const auto semicolon = read_csv_columns(q, test::source_file("tests/fixtures/csv/semicolon.csv"));
  CHECK_FALSE(semicolon.problem.has_value());
  REQUIRE(semicolon.layout.has_value());
  CHECK(semicolon.layout->separator == ';');
  check_sizes(q, semicolon.columns, expected.size());
  CHECK(semicolon.columns.errors.empty());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(semicolon.columns.ids[i] == expected[i].id);
    check_row(q, semicolon.columns, i, test::raw(expected[i].answers));
  }
  CsvOptions email;
  email.id_column = "Email address";
  const auto forms =
      read_csv_columns(q, test::source_file("tests/fixtures/csv/forms-export.csv"), email);
  CHECK_FALSE(forms.problem.has_value());
  REQUIRE(forms.layout.has_value());
  CHECK(forms.layout->by_name);
  CHECK(forms.layout->id_field == 1U);
  check_sizes(q, forms.columns, expected.size());
  CHECK(forms.columns.ids[0] == "ana@example.org");
  for (std::size_t i = 0; i < expected.size(); ++i) {
    check_row(q, forms.columns, i, test::raw(expected[i].answers));
  }
  // score_csv_columns takes the same options
  CHECK(score_csv_columns(q, test::source_file("tests/fixtures/csv/forms-export.csv"), email).ids ==
        forms.columns.ids);
}

TEST_CASE("read_csv_columns: an input that cannot be used has no rows and says why",
          "[batch_columns][csv]") {
  const auto& q = test::builtin();
  const auto header_only =
      read_csv_columns(q, test::source_file("tests/fixtures/csv/header-only.csv"));
  check_sizes(q, header_only.columns, 0);
  REQUIRE(header_only.problem.has_value());
  CHECK(header_only.problem->message == "The file has no data rows, only a header (line 1).");
  CHECK(header_only.layout.has_value());
  const auto empty = read_csv_columns(q, "");
  check_sizes(q, empty.columns, 0);
  REQUIRE(empty.problem.has_value());
  CHECK(empty.problem->message == "The file has no data rows: it is empty.");
  CHECK_FALSE(empty.layout.has_value());
  const auto missing = read_csv_columns(q, "Person,q2,q1\nana,5,5\n");
  check_sizes(q, missing.columns, 0);
  CHECK(missing.problem.has_value());
}

TEST_CASE("read_csv_columns: a refused answer read by name names its column",
          "[batch_columns][csv]") {
  const auto& q = test::builtin();
  std::string header = "Person";
  std::string row = "ana";
  for (int i = 15; i >= 1; --i) {
    header += ",q" + std::to_string(i);
    row += i == 7 ? ",x" : ",5";
  }
  const auto read = read_csv_columns(q, header + "\n" + row + "\n");
  check_sizes(q, read.columns, 1);
  REQUIRE(read.columns.errors.size() == 1U);
  CHECK(read.columns.errors[0].id == "ana");
  CHECK(read.columns.errors[0].error.item == 7);
  CHECK(read.columns.errors[0].error.message ==
        "Statement 7 (column \"q7\"): \"x\" is not a number.");
}

TEST_CASE("ColumnsBuilder: clear() and take() start again, empty", "[batch_columns]") {
  const auto& q = test::builtin();
  ColumnsBuilder builder(q);
  builder.add("a", test::raw(std::vector<int>(15, 5)));
  builder.add("b", test::raw({1}));
  check_sizes(q, builder.columns(), 2);
  builder.clear();
  check_sizes(q, builder.columns(), 0);
  CHECK(builder.columns().errors.empty());
  builder.add("c", test::raw(test::answers_for(q, std::vector<int>(15, 10))));
  const BatchColumns taken = builder.take();
  check_sizes(q, taken, 1);
  CHECK(taken.total[0] == 150);
  check_sizes(q, builder.columns(), 0);
  builder.add("d", test::raw(std::vector<int>(15, 0)));
  check_sizes(q, builder.columns(), 1);
}

TEST_CASE("ColumnsBuilder with a team tally: scored rows tallied, refused rows excluded",
          "[batch_columns][team_insight]") {
  const auto& q = test::builtin();  // reverses some statements: the tally must get scored values
  TeamTally team(q);
  TeamTally direct(q);
  ColumnsBuilder builder(q, &team);
  for (const int total : {20, 45, 75, 101, 140, 88}) {
    const auto values = test::summing_to(total);
    direct.add(values);
    const auto answers = test::raw(test::answers_for(q, values));
    if (total == 88) {
      builder.add("scored", score(q, answers));  // the Expected<Result> way in
    } else {
      builder.add("p" + std::to_string(total), answers);
    }
  }
  builder.add("short", test::raw({1, 2, 3}));
  builder.add("refused", score(q, test::raw({11})));
  const auto good = test::answers_for(q, test::summing_to(60));
  direct.add(test::summing_to(60));
  std::string line = "erin";
  for (const int a : good) line += "," + std::to_string(a);
  for (const CsvRow& row :
       test::rows_of(q, "id,s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14,s15\n" + line +
                            "\ndave,1,2,3\n")) {
    builder.add(row);
  }
  CHECK(builder.columns().count() == 10U);
  CHECK(team.n() == 7);
  CHECK(team.excluded() == 3);
  CHECK(builder.columns().errors.size() == 3U);
  direct.add_excluded();
  direct.add_excluded();
  direct.add_excluded();
  test::check_same(team.insight(), direct.insight());
}

TEST_CASE("ColumnsBuilder with a team tally: feeding in slices equals feeding whole",
          "[batch_columns][team_insight]") {
  const auto& q = test::builtin();
  std::string text = "id,s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14,s15\n";
  for (int p = 0; p < 40; ++p) {
    text += "p" + std::to_string(p);
    for (int s = 0; s < 15; ++s) {
      text += p % 9 == 4 && s == 3 ? ",x" : "," + std::to_string((p * 7 + s * s * 3 + p / 5) % 11);
    }
    text += "\n";
  }
  const auto rows = test::rows_of(q, text);
  REQUIRE(rows.size() == 40U);
  TeamTally whole(q);
  TeamTally sliced(q);
  ColumnsBuilder all(q, &whole);
  ColumnsBuilder pieces(q, &sliced);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    all.add(rows[i]);
    if (i % 7 == 0) pieces.clear();  // a stream's next piece: the columns go, the tally stays
    pieces.add(rows[i]);
  }
  CHECK(whole.n() == 36);  // rows 4, 13, 22 and 31 have an "x"
  CHECK(whole.excluded() == 4);
  for (const int floor : {3, 5, 10}) test::check_same(whole.insight(floor), sliced.insight(floor));
}
