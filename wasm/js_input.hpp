#pragma once
// Answers and rows read straight from JS values, in a few calls across the seam: a number is a
// number, null or undefined is unanswered, a string is read as a person typed it
// (RawAnswer::from_token), and anything else is "not a number" with what it was.
#include <emscripten/val.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crossroads/batch.hpp"

namespace crossroads::bindings {

// What a JS value of the wrong type is told: the engine only ever sees the right types.
inline AnswerError wrong_type(std::string what) {
  return {ErrorCode::bad_file, 0, std::move(what)};
}

// A JS string as UTF-8 (lone surrogates become U+FFFD); nullopt when the value is not a string.
std::optional<std::string> text_from_js(const emscripten::val& text);
// nullopt when the value is not a list.
std::optional<std::vector<RawAnswer>> answers_from_js(const emscripten::val& list);
// [{ id, answers }]: a row without a text id is numbered from 1; a row that is not an object or
// has no answers list gets no answers (reported as an answer-count error). nullopt: not a list.
std::optional<std::vector<Respondent>> rows_from_js(const emscripten::val& rows);

}  // namespace crossroads::bindings
