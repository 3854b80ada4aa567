#pragma once
// The CSV the CLI and the team view read (one respondent a row: an optional id, then one column
// per statement, an optional header row) and the CSV they write (id, total, band, theme
// subtotals, shape, margin, error).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/answers.hpp"
#include "crossroads/score.hpp"

namespace crossroads {

struct CsvRow {
  int line = 0;  // 1-based line in the input
  std::string id;
  std::vector<RawAnswer> answers;
  std::optional<AnswerError> problem;  // the row could not be split into answers at all
};

// Calls visit for each data row, in order; a malformed row is reported, never skipped.
void for_each_csv_row(const Questionnaire& q, std::string_view text,
                      const std::function<void(const CsvRow&)>& visit);

std::string csv_header(const Questionnaire& q);
// One output line (with its newline) for a scored row or a row that failed.
std::string csv_line(const Questionnaire& q, const std::string& id,
                     const Expected<Result, AnswerError>& outcome);

// Scores a whole CSV text and returns the output CSV (header included).
std::string score_csv(const Questionnaire& q, std::string_view text);

}  // namespace crossroads
