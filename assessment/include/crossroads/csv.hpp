#pragma once
// The CSV the CLI and the team view read (one respondent a row: an optional id, then one column
// per statement, an optional header row) and the CSV they write (id, total, band, theme
// subtotals, shape, margin, error).
#include <deque>
#include <functional>
#include <optional>
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

// How the rows of one input are laid out. Decided once, by its first non-blank line (the header,
// or else the first data row): one more field than there are statements means an id column.
// Deciding per row would read a row with an id and one answer missing as answers without an id.
struct CsvLayout {
  bool id_column = false;
};

// Reads a CSV that arrives in pieces (a file read in blocks, a big file sliced so a page never
// freezes). Lines end at \n (a \r before it is dropped); a quoted field cannot span lines. Blank
// lines (only spaces, tabs and commas) are skipped but counted; a byte-order mark is dropped; the
// first non-blank line is a header when none of its answer columns holds a number.
class CsvReader {
 public:
  explicit CsvReader(const Questionnaire& q);  // keeps a reference: q must outlive the reader
  // Goes on where another reader stands after `lines` whole lines with the layout it decided
  // (nullopt while every line so far was blank), so threads can read consecutive blocks of whole
  // lines at once: see cli/csv_pipeline.cpp.
  CsvReader(const Questionnaire& q, int lines, std::optional<CsvLayout> layout);

  // Reads the next piece of input and calls visit for each row it completes, in order. Pieces
  // may split anywhere: mid-line, inside quotes, between \r and \n, inside the byte-order mark.
  void feed(std::string_view piece, const std::function<void(const CsvRow&)>& visit);
  // Ends the input: reads a last line that has no newline.
  void finish(const std::function<void(const CsvRow&)>& visit);

  // Lines read so far (blank ones and the header included), and the layout once decided.
  [[nodiscard]] int lines() const { return line_; }
  [[nodiscard]] std::optional<CsvLayout> layout() const { return layout_; }

 private:
  using Visit = std::function<void(const CsvRow&)>;
  // The first bytes, once there are enough to tell whether they are a byte-order mark.
  void read_start(const Visit& visit);
  void read_lines(std::string_view piece, const Visit& visit);  // any piece after the start
  void read_line(std::string_view line, const Visit& visit);    // one line, without its \n

  const Questionnaire& q_;
  int line_ = 0;
  std::optional<CsvLayout> layout_;
  bool at_start_ = true;  // the byte-order mark is still to be looked for
  std::string pending_;   // the start of a line whose end has not arrived yet
  // Reused from line to line, so reading a row allocates nothing once they have grown.
  CsvRow row_;
  std::vector<std::string_view> fields_;
  std::vector<std::size_t> commas_;
  std::deque<std::string> unescaped_;
};

// Calls visit for each data row, in order; a malformed row is reported, never skipped.
void for_each_csv_row(const Questionnaire& q, std::string_view text,
                      const std::function<void(const CsvRow&)>& visit);

std::string csv_header(const Questionnaire& q);
// One output line (with its newline) for a scored row or a row that failed.
std::string csv_line(const Questionnaire& q, const std::string& id,
                     const Expected<Result, AnswerError>& outcome);

// Scores rows one after another into output lines, reusing its storage from row to row so that
// a file of millions of rows allocates nothing per row. Writes what csv_line writes.
class CsvScorer {
 public:
  explicit CsvScorer(const Questionnaire& q);  // keeps a reference: q must outlive the scorer
  // Appends the row's output line (with its newline) to out.
  void add(const CsvRow& row, std::string& out);

 private:
  const Questionnaire& q_;
  std::vector<int> answers_;
  Summary summary_;
};

// Scores a whole CSV text and returns the output CSV (header included).
std::string score_csv(const Questionnaire& q, std::string_view text);

}  // namespace crossroads
