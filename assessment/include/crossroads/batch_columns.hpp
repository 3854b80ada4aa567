#pragma once
// Many respondents scored into columns: one vector per field, one entry per row, in input order,
// so a front can hand a team's results over in a few blocks instead of one object per row (the
// WASM bindings copy each column into a typed array). A refused row keeps its place: band, shape
// and toward are -1 there and the numbers 0, and the row is listed in `errors` with its reason.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/batch.hpp"
#include "crossroads/csv.hpp"
#include "crossroads/team_insight.hpp"

namespace crossroads {

struct RowError {
  std::size_t row = 0;  // index into the columns
  std::string id;
  AnswerError error;
};

// What totals and theme subtotals can range over, from the questionnaire alone.
struct ScoreRange {
  int min = 0;
  int max = 0;
  std::vector<int> theme_min;  // questionnaire order
  std::vector<int> theme_max;
};
ScoreRange score_range(const Questionnaire& q);

struct BatchColumns {
  std::vector<std::string> ids;
  std::vector<std::int32_t> total;
  std::vector<std::int32_t> band;                 // index into q.bands; -1 refused
  std::vector<std::vector<std::int32_t>> themes;  // [theme][row], questionnaire order
  std::vector<std::int8_t> shape;                 // Shape (split, centred, consistent); -1 refused
  bool has_margin = false;                        // false when the questionnaire has one band
  std::vector<std::int32_t> margin;               // points; empty unless has_margin
  std::vector<std::int32_t> toward;               // band index; -1 refused; empty unless has_margin
  std::vector<std::uint8_t> borderline;           // 1 borderline, 0 not (or refused)
  std::vector<RowError> errors;                   // refused rows, in row order

  [[nodiscard]] std::size_t count() const { return ids.size(); }
};

// Fills BatchColumns row by row. clear() empties the columns but keeps their memory, so a stream
// of pieces reuses it.
class ColumnsBuilder {
 public:
  // Keeps a reference: q must outlive it. With a team tally, every row added is also tallied
  // there (a refused row as excluded); the tally must outlive the builder too.
  explicit ColumnsBuilder(const Questionnaire& q, TeamTally* team = nullptr);
  // Scores the answers with the rules score() applies (check_answers, then summarize).
  // `columns`: each statement's column in a file, named in a problem (see check_answers).
  void add(std::string id, const std::vector<RawAnswer>& answers,
           const std::vector<std::string>* columns = nullptr);
  void add(std::string id, const Expected<Result, AnswerError>& outcome);
  void add(const CsvRow& row);
  void reserve(std::size_t rows);
  void clear();
  [[nodiscard]] const BatchColumns& columns() const { return columns_; }
  // Hands the columns over and starts again, empty.
  BatchColumns take();

 private:
  void add_refused(std::string id, const AnswerError& error);
  const Questionnaire& q_;
  TeamTally* team_;  // not owned; may be null
  BatchColumns columns_;
  // Reused from row to row, so a row allocates nothing but its id.
  std::vector<int> answers_;
  Summary summary_;
};

BatchColumns score_columns(const Questionnaire& q, const std::vector<Respondent>& rows);
// Every data row of a CSV text in the CLI's input format (see csv.hpp).
BatchColumns score_csv_columns(const Questionnaire& q, std::string_view text,
                               const CsvOptions& options = {});
// The same, with how the text was read: its layout, and why it could not be used, if it could not.
struct CsvColumns {
  BatchColumns columns;
  std::optional<CsvLayout> layout;
  std::optional<AnswerError> problem;
};
CsvColumns read_csv_columns(const Questionnaire& q, std::string_view text,
                            const CsvOptions& options = {});

}  // namespace crossroads
