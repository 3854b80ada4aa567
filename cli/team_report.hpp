#pragma once
// A team's insight (team_insight.hpp) as a person reads it on a terminal; undefined figures are
// "—", never NaN. The JSON form is the engine's (team_insight_json.hpp).
#include <ostream>

#include "crossroads/questionnaire.hpp"
#include "crossroads/team_insight.hpp"
#include "sentences.hpp"

namespace crossroads::cli {

void print_team_text(std::ostream& out, const Questionnaire& q, const TeamInsight& insight,
                     const Sentences& words);

}  // namespace crossroads::cli
