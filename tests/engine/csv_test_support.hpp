#pragma once
// Helpers shared by the CSV tests (csv_reader_test.cpp, csv_stream_test.cpp, csv_test.cpp): rows
// read from a text, answer lists as CSV cells, and output lines split into cells.
#include <string>
#include <vector>

#include "crossroads/csv.hpp"
#include "test_support.hpp"

namespace test {

using namespace crossroads;

// A copy of what the reader handed over (it reuses one row object for every row).
inline std::vector<CsvRow> rows_of(const Questionnaire& q, const std::string& text) {
  std::vector<CsvRow> rows;
  for_each_csv_row(q, text, [&](const CsvRow& r) { rows.push_back(r); });
  return rows;
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

}  // namespace test
