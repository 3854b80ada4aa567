#pragma once
// A team's insight (crossroads/team_insight.hpp) for JavaScript: the floor read from JS, and the
// insight as the JS object engine.d.ts calls TeamInsight (camelCase; null for every figure the
// engine leaves undefined; uncertainTotals as a Uint8Array).
#include <emscripten/val.h>

#include "crossroads/answers.hpp"
#include "crossroads/expected.hpp"
#include "crossroads/questionnaire.hpp"
#include "crossroads/team_insight.hpp"

namespace crossroads::bindings {

// minGroup as the engine's floor: a whole number the engine accepts (is_valid_min_group), or the
// Failure's error that says what it must be.
Expected<int, AnswerError> min_group_from_js(const emscripten::val& min_group);
// { ok: true, n, excluded, minGroup, suppressed, reliability, sem, bandUncertain, bands,
//   uncertainTotals }
emscripten::val team_insight_to_val(const Questionnaire& q, const TeamInsight& insight);

}  // namespace crossroads::bindings
