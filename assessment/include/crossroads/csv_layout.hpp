#pragma once
// How one CSV input is laid out: its separator, whether its first line is a header, which field
// holds each row's id and which holds each statement's answer. Decided once per input, from its
// first lines, as spreadsheets and form tools really write them: comma, semicolon or tab
// separated; a header in any order with extra columns (timestamp, email), naming each statement
// by its id, its number or its own words; empty cells at the end of a line.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/answers.hpp"
#include "crossroads/csv_names.hpp"
#include "crossroads/expected.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads {

// The separators the reader knows, in the order a tie between them is settled.
constexpr std::string_view kCsvSeparators = ",;\t";

// What a person may say about an input (the CLI's --delimiter and --id-column, the team view's
// choice of id column), and what a caller knows of the statements' names beyond the questionnaire.
struct CsvOptions {
  std::optional<char> separator;         // one of kCsvSeparators; nullopt: detect it
  std::optional<std::string> id_column;  // the header's name for the id column
  // More names a header may give the statements: each list one name per statement, in the
  // questionnaire's order, such as a language's prompts or its short labels. The page needs them
  // for the built-in questionnaire, whose other languages the WASM module does not carry (the
  // CLI has them as the questionnaire's translations). Compared exactly as a translation's prompts
  // and short labels are (csv_names.hpp, statement_named).
  std::vector<std::vector<std::string>> extra_names;
};

struct CsvLayout {
  char separator = ',';
  bool separator_detected = true;  // false when CsvOptions chose it (true when the file named it)
  // The first non-blank line names the columns and is no row. Its line number, when it does.
  int header_line = 0;
  // Statements found by the header's names (in any order, other columns ignored), not by place.
  bool by_name = false;
  std::optional<std::size_t> id_field;     // nullopt: each row's line number is its id
  std::vector<std::size_t> answer_fields;  // the field of each statement, questionnaire order
  // By place: the fields a row must have, the id's included. By name: the most it may have (the
  // header's columns). Empty cells at the end of a row are not counted.
  std::size_t width = 0;
  std::vector<std::string> names;  // the header's column names (none without a header)
  // By name: each statement's column name as messages show it (shortened when long).
  std::vector<std::string> answer_names;

  [[nodiscard]] bool has_header() const { return header_line > 0; }
};

// One line's fields split by `separator`, honouring double quotes, with empty cells at the end
// dropped; nullopt when a quote is left open or text follows a closing quote.
std::optional<std::vector<std::string>> csv_fields(std::string_view line, char separator);

// Decides the layout from the input's first non-blank line whose quotes are closed, and the
// next one when there is one (it settles the separator and the id column when the first line
// alone cannot). A header is header_line 1 here: the reader sets its real line number. A failure
// is an input that cannot be read at all: a statement no column of the
// header names, two columns naming one statement, an id column that is not there.
Expected<CsvLayout, AnswerError> decide_csv_layout(const Questionnaire& q, std::string_view first,
                                                   std::optional<std::string_view> second,
                                                   const CsvOptions& options = {});

// The input-level problem of an input without a single data row (empty, blank, or only a header).
AnswerError no_data_rows(const std::optional<CsvLayout>& layout);

}  // namespace crossroads
