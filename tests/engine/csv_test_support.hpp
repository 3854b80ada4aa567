#pragma once
// Helpers shared by the CSV tests (csv_layout_test.cpp, csv_reader_test.cpp, csv_stream_test.cpp,
// csv_test.cpp, batch_columns_test.cpp): rows read from a text, answer lists as CSV cells, output
// lines split into cells, and the real-world files of tests/fixtures/csv (issue 14).
#include <rapidjson/document.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crossroads/csv.hpp"
#include "test_support.hpp"

namespace test {

using namespace crossroads;

// A copy of what the reader handed over (it reuses one row object for every row). Without the
// answer_names, which point into the reader's layout, gone with it: read_csv keeps them.
inline std::vector<CsvRow> rows_of(const Questionnaire& q, const std::string& text,
                                   const CsvOptions& options = {}) {
  std::vector<CsvRow> rows;
  for_each_csv_row(
      q, text,
      [&](const CsvRow& r) {
        rows.push_back(r);
        rows.back().answer_names = nullptr;
      },
      options);
  return rows;
}

// Everything a reader gives for a whole text: its rows, its layout and its problem.
struct Read {
  // The reader, kept: a row's answer_names points into its layout.
  std::shared_ptr<CsvReader> reader;
  std::vector<CsvRow> rows;
  std::optional<CsvLayout> layout;
  std::optional<AnswerError> problem;
  int lines = 0;
};

// Reads text with a CsvReader, and checks that for_each_csv_row returns the same problem.
inline Read read_csv(const Questionnaire& q, const std::string& text,
                     const CsvOptions& options = {}) {
  Read out;
  out.reader = std::make_shared<CsvReader>(q, options);
  CsvReader& reader = *out.reader;
  const auto visit = [&](const CsvRow& r) { out.rows.push_back(r); };
  reader.feed(text, visit);
  reader.finish(visit);
  out.layout = reader.layout();
  out.problem = reader.problem();
  out.lines = reader.lines();
  CHECK(reader.rows() == static_cast<long long>(out.rows.size()));
  const auto returned = for_each_csv_row(
      q, text, [](const CsvRow&) {}, options);
  CHECK(returned.has_value() == out.problem.has_value());
  if (returned && out.problem) CHECK(returned->message == out.problem->message);
  return out;
}

// docs/examples/minimal.json: statements "a" ("Where does your best day happen?", short "Best
// day") and "b" ("What would you rather learn next?", "Learning") on a 1-5 scale. Two statements
// and a scale that reaches 2: the numbers header "1,2" is a data row here.
inline const Questionnaire& minimal() {
  static const Questionnaire q = load(source_file("docs/examples/minimal.json"));
  return q;
}

// The cells of one line joined by a separator.
inline std::string cells(const std::vector<std::string>& v, char separator = ',') {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out.push_back(separator);
    out += v[i];
  }
  return out;
}

// Each statement's prompt, as a form tool heads its column (quoted: some hold commas).
inline std::vector<std::string> prompts(const Questionnaire& q) {
  std::vector<std::string> out;
  for (const Item& item : q.items) out.push_back("\"" + item.prompt + "\"");
  return out;
}

// --- tests/fixtures/csv (README there) --------------------------------------------------------

struct FixtureRow {
  std::string id;
  std::vector<int> answers;  // statement order
};

// The answers every fixture holds (expected.json "rows").
inline const std::vector<FixtureRow>& fixture_rows() {
  static const std::vector<FixtureRow> rows = [] {
    const std::string json = source_file("tests/fixtures/csv/expected.json");
    rapidjson::Document d;
    d.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(d.HasParseError());
    std::vector<FixtureRow> out;
    for (const auto& r : d["rows"].GetArray()) {
      FixtureRow row{r["id"].GetString(), {}};
      for (const auto& a : r["answers"].GetArray()) row.answers.push_back(a.GetInt());
      out.push_back(row);
    }
    return out;
  }();
  return rows;
}

// forms-export.csv's statement (from 1) in each of its answer columns, left to right.
inline const std::vector<int>& forms_order() {
  static const std::vector<int> order = [] {
    const std::string json = source_file("tests/fixtures/csv/expected.json");
    rapidjson::Document d;
    d.Parse(json.c_str(), json.size());
    REQUIRE_FALSE(d.HasParseError());
    std::vector<int> out;
    for (const auto& n : d["forms_order"].GetArray()) out.push_back(n.GetInt());
    return out;
  }();
  return order;
}

inline std::string join(const std::vector<int>& v, const std::string& sep = ",") {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + std::to_string(v[i]);
  return out;
}

inline std::vector<std::string> lines_of(const std::string& text) {
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
inline std::vector<std::string> cells_of(const std::string& line) {
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

inline std::vector<int> checked(const Questionnaire& q, const CsvRow& row) {
  REQUIRE_FALSE(row.problem.has_value());
  const auto c = check_answers(q, row.answers);
  INFO((c ? std::string() : c.error().message));
  REQUIRE(c.ok());
  return c.value();
}

// What is wrong with a row's answers (its problem if it has one), or "" when nothing is.
inline std::string problem_of(const Questionnaire& q, const CsvRow& row) {
  if (row.problem) return row.problem->message;
  const auto c = check_answers(q, row.answers);
  return c ? std::string() : c.error().message;
}

// CsvOptions with only a separator, or only an id column.
inline CsvOptions separator(char c) {
  CsvOptions o;
  o.separator = c;
  return o;
}

inline CsvOptions id_column(const std::string& name) {
  CsvOptions o;
  o.id_column = name;
  return o;
}

inline constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // … (shown_column_name's cut)

inline const std::vector<int> kA{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4};       // sum 65
inline const std::vector<int> kB{10, 10, 10, 9, 9, 9, 8, 8, 8, 7, 7, 7, 10, 10, 10};  // sum 132

// A row whose scored values are these (reversed statements answered from the other end), so the
// output tests read the same totals whichever statements the built-in reverses.
inline std::string answered(const Questionnaire& q, const std::vector<int>& values) {
  return join(answers_for(q, values));
}

// Everything a reader reports about a row, as one comparable text.
inline std::string describe(const CsvRow& row) {
  std::string out = std::to_string(row.line) + "|" + row.id + "|";
  for (const RawAnswer& a : row.answers) {
    out += std::to_string(static_cast<int>(a.kind)) + ":" + std::to_string(a.number) + ":" +
           a.text + ";";
  }
  if (row.problem) {
    out += "|" + std::string(code_name(row.problem->code)) + ":" + row.problem->message;
  }
  return out;
}

// --- The fixtures of tests/fixtures/csv/ (issue 14) ---

inline Read read_fixture(const std::string& name, const CsvOptions& options = {}) {
  return read_csv(builtin(), source_file("tests/fixtures/csv/" + name), options);
}

// Every row of a fixture holds expected.json's answers, from line first_line on, under its own id
// (ids) or its line number.
inline void check_fixture(const Read& read, int first_line, bool ids) {
  const auto& q = builtin();
  const auto& expected = fixture_rows();
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
inline std::string fixture_forms_header() {
  const std::string text = source_file("tests/fixtures/csv/forms-export.csv");
  return text.substr(0, text.find_first_of("\r\n"));
}

// A forms row: a timestamp, an email, kA's answers in forms-export.csv's column order, a comment.
inline std::string fixture_forms_row(const std::string& comment = "ok") {
  std::string out = "2026/11/02 9:00:00 AM GMT+1,ana@example.org";
  for (const int n : forms_order()) {
    out += "," + std::to_string(kA[static_cast<std::size_t>(n - 1)]);
  }
  return out + "," + comment;
}

}  // namespace test
