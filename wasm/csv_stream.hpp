#pragma once
// A CSV arriving in pieces (Opened.csvStream(), engine.d.ts CsvStream), and the team's tally of
// every row fed so far (insight()).
#include <emscripten/val.h>

#include <memory>
#include <optional>

#include "crossroads/batch_columns.hpp"
#include "crossroads/csv_layout.hpp"
#include "crossroads/expected.hpp"
#include "crossroads/questionnaire.hpp"
#include "crossroads/team_insight.hpp"

namespace crossroads::bindings {

// Callers cut pieces after a '\n' (or anywhere in ASCII text): a JS string cut between the two
// halves of a surrogate pair cannot be told apart from a lone surrogate. Options that cannot be
// used make every feed(), finish() and insight() return their Failure and read nothing: Embind
// cannot hand back a Failure in place of the stream. Every row fed is also tallied, so insight()
// reads the team's figures at any floor without reading the rows again. Never copied or moved
// (the builder points at the tally): Opened hands it to JS through a unique_ptr.
class CsvStream {
 public:
  CsvStream(std::shared_ptr<const Questionnaire> q,
            const Expected<CsvOptions, AnswerError>& options);
  CsvStream(const CsvStream&) = delete;
  CsvStream& operator=(const CsvStream&) = delete;
  CsvStream(CsvStream&&) = delete;
  CsvStream& operator=(CsvStream&&) = delete;
  ~CsvStream() = default;

  // The Columns of the rows this piece completed, or a Failure.
  emscripten::val feed(const emscripten::val& piece);
  // The Columns of a last line without a newline, or a Failure.
  emscripten::val finish();
  [[nodiscard]] emscripten::val layout() const;
  [[nodiscard]] emscripten::val problem() const;
  // TeamInsight of every row fed so far, at this floor, or a Failure.
  [[nodiscard]] emscripten::val insight(const emscripten::val& min_group) const;

 private:
  // In this order: the reader, the tally and the builder keep references to the questionnaire,
  // and the builder a pointer to the tally, so each is made after (and destroyed before) them.
  std::shared_ptr<const Questionnaire> q_;
  std::optional<AnswerError> bad_options_;
  CsvReader reader_;
  TeamTally team_;
  ColumnsBuilder builder_;
};

}  // namespace crossroads::bindings
