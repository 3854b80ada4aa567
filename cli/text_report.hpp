#pragma once
// A result as a person reads it on a terminal: every shape and note in words, never an id.
#include <ostream>

#include "crossroads/score.hpp"
#include "sentences.hpp"

namespace crossroads::cli {

void print_text_result(std::ostream& out, const Questionnaire& q, const Result& r,
                       const Sentences& words);

}  // namespace crossroads::cli
