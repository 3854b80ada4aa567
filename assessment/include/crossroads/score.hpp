#pragma once
// Turns checked answers into a result: total, band, theme subtotals and the insight rules.
#include <optional>
#include <string>
#include <vector>

#include "crossroads/answers.hpp"
#include "crossroads/insight.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads {

struct ThemeScore {
  std::size_t theme = 0;
  int score = 0;
  int min = 0;
  int max = 0;
  std::size_t leaning = 0;  // band index
};

struct Result {
  std::vector<int> answers;  // as given
  std::vector<int> values;   // as scored (reversed where an item is reverse-keyed)
  int total = 0;
  std::size_t band = 0;
  std::vector<ThemeScore> themes;
  std::optional<Margin> margin;
  bool borderline = false;
  Drivers drivers;
  Shape shape = Shape::consistent;
  std::vector<Quality> quality;
};

// What a total, band, theme subtotals, shape and margin need, with nothing else: the rules that
// score_checked applies too, computed into storage the caller reuses from row to row, so scoring a
// file of millions of rows allocates nothing per row.
struct Summary {
  std::vector<int> values;  // as scored (reversed where an item is reverse-keyed)
  int total = 0;
  std::size_t band = 0;
  std::vector<int> themes;  // each theme's subtotal, in questionnaire order
  Shape shape = Shape::consistent;
  std::optional<Margin> margin;
};

// answers: checked (check_answers), one per item.
void summarize(const Questionnaire& q, const std::vector<int>& answers, Summary& out);

// Seconds is the time the person took, or nullopt when unknown.
Result score_checked(const Questionnaire& q, std::vector<int> answers,
                     std::optional<double> seconds = std::nullopt);

Expected<Result, AnswerError> score(const Questionnaire& q, const std::vector<RawAnswer>& answers,
                                    std::optional<double> seconds = std::nullopt);

}  // namespace crossroads
