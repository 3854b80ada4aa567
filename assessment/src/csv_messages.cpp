// Every sentence the CSV reading says about an input or a row it cannot read (csv_messages.hpp).
#include "csv_messages.hpp"

#include <string>

#include "crossroads/csv_layout.hpp"

namespace crossroads {
namespace {

std::string quoted(std::string_view name) {
  return "\"" + std::string(name) + "\"";
}

std::string statements_word(std::size_t count) {
  return count == 1 ? "statement has" : "statements have";
}

std::string values_word(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " value" : " values");
}

}  // namespace

// --- A row ---

AnswerError unclosed_quote(int line, int lines) {
  const std::string first = std::to_string(line);
  return {ErrorCode::bad_file, 0,
          lines == 1 ? "Line " + first + ": a quote is not closed."
                     : "Lines " + first + " to " + std::to_string(line + lines - 1) +
                           ": a quote opened on line " + first + " is not closed."};
}

AnswerError text_after_quote(int line, int lines) {
  const std::string first = std::to_string(line);
  return {ErrorCode::bad_file, 0,
          lines == 1 ? "Line " + first + ": text follows the closing quote of a field."
                     : "Lines " + first + " to " + std::to_string(line + lines - 1) +
                           ": text follows the closing quote of a field; is a quote left open " +
                           "on line " + first + "?"};
}

AnswerError rows_taken_in(int line, int lines) {
  const std::string first = std::to_string(line);
  const std::string last = std::to_string(line + lines - 1);
  return {ErrorCode::bad_file, 0,
          "Lines " + first + " to " + last + ": the quote opened on line " + first +
              " closes only on line " + last + ", taking in lines that look like rows."};
}

AnswerError wrong_count(int line, std::size_t expected, std::size_t got) {
  return {ErrorCode::answer_count, 0,
          "Line " + std::to_string(line) + ": expected " + std::to_string(expected) +
              (expected == 1 ? " answer" : " answers") + ", found " + values_word(got) + "."};
}

AnswerError too_many_values(int line, std::size_t columns, std::size_t got) {
  return {ErrorCode::answer_count, 0,
          "Line " + std::to_string(line) + ": expected at most " + values_word(columns) +
              ", one per column of the header, found " + std::to_string(got) + "."};
}

// --- The input's layout ---

AnswerError unnamed_statement(const Questionnaire& q, std::size_t index, std::size_t others) {
  const Item& item = q.items[index];
  const std::string number = std::to_string(index + 1);
  std::string message = "No column of the header names statement " + number + " (" +
                        quoted(shown_column_name(item.prompt)) + "): head its column with " +
                        item.id + ", q" + number + ", " + number + " or the statement's words";
  if (others > 0) {
    message +=
        " (" + std::to_string(others) + " more " + statements_word(others) + " no column either)";
  }
  message += ".";
  return {ErrorCode::bad_file, static_cast<int>(index) + 1, message};
}

AnswerError named_twice(std::size_t statement, std::size_t first, std::size_t second,
                        const std::vector<std::string>& names) {
  return {ErrorCode::bad_file, static_cast<int>(statement) + 1,
          "Columns " + std::to_string(first + 1) + " (" + quoted(shown_column_name(names[first])) +
              ") and " + std::to_string(second + 1) + " (" +
              quoted(shown_column_name(names[second])) + ") both name statement " +
              std::to_string(statement + 1) + "."};
}

AnswerError no_id_column(std::string_view name, bool header) {
  return {ErrorCode::bad_file, 0,
          header ? "The header has no column named " + quoted(name) + " for the ids."
                 : "The first line is not a header, so no column is named " + quoted(name) +
                       " for the ids."};
}

AnswerError id_is_a_statement(std::string_view name, std::size_t statement) {
  return {ErrorCode::bad_file, static_cast<int>(statement) + 1,
          "The column " + quoted(name) + " holds the answers to statement " +
              std::to_string(statement + 1) + ", so it cannot hold the ids."};
}

AnswerError no_data_rows(const std::optional<CsvLayout>& layout) {
  return {ErrorCode::bad_file, 0,
          layout && layout->has_header() ? "The file has no data rows, only a header (line " +
                                               std::to_string(layout->header_line) + ")."
                                         : std::string("The file has no data rows: it is empty.")};
}

}  // namespace crossroads
