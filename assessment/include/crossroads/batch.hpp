#pragma once
// Scores many respondents at once (team view, CLI): a bad row yields its own error and
// never stops the rows after it.
#include <string>
#include <vector>

#include "crossroads/score.hpp"

namespace crossroads {

struct Respondent {
  std::string id;
  std::vector<RawAnswer> answers;
};

struct RowOutcome {
  std::string id;
  Expected<Result, AnswerError> outcome;
};

std::vector<RowOutcome> score_batch(const Questionnaire& q, const std::vector<Respondent>& rows);

}  // namespace crossroads
