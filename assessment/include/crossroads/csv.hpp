#pragma once
// The CSV the CLI and the team view read (one respondent a row: an optional id, then one column
// per statement, or columns named by a header; layout in csv_layout.hpp) and the CSV they write
// (id, total, band, theme subtotals, shape, margin, error).
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/answers.hpp"
#include "crossroads/csv_layout.hpp"
#include "crossroads/csv_records.hpp"
#include "crossroads/score.hpp"

namespace crossroads {

struct CsvRow {
  int line = 0;  // 1-based line in the input
  std::string id;
  std::vector<RawAnswer> answers;
  std::optional<AnswerError> problem;  // the row could not be split into answers at all
  // Answers taken from columns by name: each statement's column, for messages (else null).
  // It points into the reader's layout: a row kept after its reader is gone must not use it.
  const std::vector<std::string>* answer_names = nullptr;
};

// The UTF-8 byte-order mark some tools write first (Excel's "CSV UTF-8"): dropped, never read.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Reads a CSV that arrives in pieces (a file read in blocks, a big file sliced so a page never
// freezes). Records end at \n (a \r before it is dropped) outside quoted fields (CsvRecordEnds).
// Blank lines (only spaces, tabs and separators) are skipped but counted; a byte-order mark is
// dropped. The layout (csv_layout.hpp) is decided from the first two non-blank lines, so rows are
// handed over from the second one on; a line whose quote is left open is reported, never used to
// decide.
class CsvReader {
 public:
  // Keeps a reference: q must outlive the reader.
  explicit CsvReader(const Questionnaire& q, CsvOptions options = {});
  // Goes on where another reader stands after `lines` whole lines, with the layout it decided,
  // so threads can read consecutive blocks of whole lines at once: see cli/csv_pipeline.cpp.
  CsvReader(const Questionnaire& q, int lines, CsvLayout layout);

  // Reads the next piece of input and calls visit for each row it completes, in order. Pieces
  // may split anywhere: mid-line, inside quotes, between \r and \n, inside the byte-order mark.
  void feed(std::string_view piece, const std::function<void(const CsvRow&)>& visit);
  // Ends the input: reads a last line that has no newline.
  void finish(const std::function<void(const CsvRow&)>& visit);

  // Lines read so far (blank ones and the header included), and the layout once decided.
  [[nodiscard]] int lines() const { return line_; }
  [[nodiscard]] const std::optional<CsvLayout>& layout() const { return layout_; }
  // Whether the input read so far ends where a record ends (nothing is held for the next
  // piece): a reader resumed there with lines() and layout() goes on exactly as this one would.
  [[nodiscard]] bool at_record_end() const { return pending_.empty() && !at_start_; }
  // Rows handed over so far (scored or not).
  [[nodiscard]] long long rows() const { return rows_; }
  // Why the input cannot be used at all: its layout (csv_layout.hpp), or, once finished, no data
  // row. No row is handed over after a layout problem.
  [[nodiscard]] const std::optional<AnswerError>& problem() const { return problem_; }

 private:
  using Visit = std::function<void(const CsvRow&)>;
  // The first bytes, once there are enough to tell whether they are a byte-order mark.
  void read_start(const Visit& visit);
  void read_lines(std::string_view piece, const Visit& visit);  // any piece after the start
  // One record without its last \n: `lines` lines, more than one when a quoted field holds
  // line breaks.
  void read_line(std::string_view line, int lines, const Visit& visit);
  // Before the layout is decided: keeps the record until two usable ones have come.
  void hold_line(int number, std::string_view line, int lines, const Visit& visit);
  void decide(const Visit& visit);  // decides from the records held, then reads them
  void read_row(int number, std::string_view line, int lines, const Visit& visit);

  const Questionnaire& q_;
  CsvOptions options_;
  int line_ = 0;
  long long rows_ = 0;
  std::optional<CsvLayout> layout_;
  std::optional<AnswerError> problem_;
  struct Held {  // a record read before the layout is decided
    int line = 0;
    int lines = 1;
    std::string text;
  };
  std::vector<Held> held_;
  bool separator_from_file_ = false;  // a "sep=;" first line named it
  int held_usable_ = 0;               // records held whose quotes are closed
  std::size_t held_bytes_ = 0;        // their text's size
  bool at_start_ = true;              // the byte-order mark is still to be looked for
  std::string pending_;               // the start of a record whose end has not arrived yet
  CsvRecordEnds records_;             // where the record in pending_ ends
  // Reused from line to line, so reading a row allocates nothing once they have grown.
  CsvRow row_;
  std::vector<std::string_view> fields_;
  std::vector<std::size_t> commas_;
  std::deque<std::string> unescaped_;
};

// Calls visit for each data row, in order; a malformed row is reported, never skipped.
// Returns the input's problem (CsvReader::problem), if any.
std::optional<AnswerError> for_each_csv_row(const Questionnaire& q, std::string_view text,
                                            const std::function<void(const CsvRow&)>& visit,
                                            const CsvOptions& options = {});

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
  [[nodiscard]] long long refused() const { return refused_; }  // rows that could not be scored

 private:
  const Questionnaire& q_;
  long long refused_ = 0;
  std::vector<int> answers_;
  Summary summary_;
};

// Scores a whole CSV text and returns the output CSV (header included). An input that cannot be
// used at all (CsvReader::problem) gives the header alone.
std::string score_csv(const Questionnaire& q, std::string_view text,
                      const CsvOptions& options = {});

}  // namespace crossroads
