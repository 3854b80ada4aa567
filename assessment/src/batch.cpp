#include "crossroads/batch.hpp"

namespace crossroads {

std::vector<RowOutcome> score_batch(const Questionnaire& q, const std::vector<Respondent>& rows) {
  std::vector<RowOutcome> out;
  out.reserve(rows.size());
  for (const Respondent& row : rows) out.push_back({row.id, score(q, row.answers)});
  return out;
}

}  // namespace crossroads
