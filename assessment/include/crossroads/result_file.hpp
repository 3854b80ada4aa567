#pragma once
// The exported result file: what a person downloads and can import again. It stores the
// answers (the facts) next to the computed result (for people and spreadsheets); importing
// re-scores the answers, so an edited total in the file can never show a wrong result.
#include <string>
#include <string_view>

#include "crossroads/score.hpp"

namespace crossroads {

struct ResultFile {
  std::vector<int> answers;
  std::optional<double> seconds;
  std::string date;  // ISO 8601 as written by the page; may be empty
};

std::string result_file_json(const Questionnaire& q, const Result& r, const std::string& date,
                             std::optional<double> seconds);

Expected<ResultFile, AnswerError> read_result_file(const Questionnaire& q, std::string_view json);

}  // namespace crossroads
