#pragma once
// Answers that arrive as JSON (from the page, an imported file): a list with one entry per
// statement, null for unanswered. Strings are read as a person typed them.
#include <string_view>
#include <vector>

#include "crossroads/batch.hpp"

namespace crossroads {

Expected<std::vector<RawAnswer>, AnswerError> answers_from_json(std::string_view json);

// [{ "id": "...", "answers": [...] }, ...]
Expected<std::vector<Respondent>, AnswerError> rows_from_json(std::string_view json);

}  // namespace crossroads
