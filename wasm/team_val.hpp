#pragma once
// A team's insight (crossroads/team_insight.hpp) for JavaScript: the floor read from JS, and the
// insight as the JS object engine.d.ts calls TeamInsight: the engine's own form (the names of
// `crossroads team --json`, null for every figure left undefined), with ok and uncertain_totals
// (a Uint8Array) added.
#include <emscripten/val.h>

#include "crossroads/answers.hpp"
#include "crossroads/expected.hpp"
#include "crossroads/questionnaire.hpp"
#include "crossroads/team_insight.hpp"

namespace crossroads::bindings {

// minGroup as the engine's floor: a whole number the engine accepts (is_valid_min_group), or the
// Failure's error that says what it must be.
Expected<int, AnswerError> min_group_from_js(const emscripten::val& min_group);
// { ok: true, questionnaire, n, excluded, min_group, suppressed, reliability, sem,
//   band_uncertain, bands, uncertain_totals }
emscripten::val team_insight_to_val(const Questionnaire& q, const TeamInsight& insight);
// { floor: { lowest, highest, usual }, readingEdges: [acceptable, good] }: the rules a team's
// insight follows that the page shows (engine.teamRules()).
emscripten::val team_rules_to_val();

}  // namespace crossroads::bindings
