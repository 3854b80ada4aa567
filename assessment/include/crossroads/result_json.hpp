#pragma once
// The one JSON form of a result and of a questionnaire, shared by the CLI, the WASM bindings
// and exported files, so every front shows the same fields under the same names.
#include <string>

#include "crossroads/answers.hpp"
#include "crossroads/questionnaire.hpp"
#include "crossroads/score.hpp"

namespace crossroads {

// Full: everything, band texts included. Brief: for batches of thousands (the team view), no
// texts but the band title, no per-item answers and no questionnaire id, a fifth of the size.
enum class Detail { full, brief };

std::string result_to_json(const Questionnaire& q, const Result& r, const std::string& id = "",
                           Detail detail = Detail::full);
std::string error_to_json(const AnswerError& e, const std::string& id = "");
std::string questionnaire_to_json(const Questionnaire& q);
std::string problems_to_json(const Problems& problems);

}  // namespace crossroads
