#pragma once
// What both Embind modules share: turning the engine's JSON into JS objects and back, and
// opening the questionnaire a call names. Still no rules: those live in assessment/.
#include <emscripten/val.h>

#include <optional>
#include <string>

#include "crossroads/answers.hpp"
#include "crossroads/questionnaire.hpp"
#include "crossroads/result_json.hpp"

namespace crossroads::bindings {

using emscripten::val;

inline val from_json(const std::string& json) {
  return val::global("JSON").call<val>("parse", json);
}
inline std::string to_json(const val& value) {
  return val::global("JSON").call<std::string>("stringify", value);
}

inline val failure(ErrorCode code, const std::string& message) {
  return from_json(error_to_json({code, 0, message}));
}

// Seconds arrive as -1 when unknown (Embind has no optional in this Emscripten).
inline std::optional<double> known(double seconds) {
  return seconds < 0 ? std::nullopt : std::optional(seconds);
}

// source: questionnaire JSON text, or "" for the built-in questionnaire.
inline Expected<Questionnaire, Problems> open(const std::string& source) {
  if (source.empty()) return load_questionnaire(builtin_questionnaire_json());
  return load_questionnaire(source);
}

}  // namespace crossroads::bindings
