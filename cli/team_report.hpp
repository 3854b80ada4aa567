#pragma once
// A team's insight (team_insight.hpp) as a person reads it on a terminal (team_report.cpp), and
// as one JSON line for scripts (team_json.cpp).
// Undefined figures are "—" in the text and null in the JSON, never NaN.
#include <ostream>

#include "crossroads/questionnaire.hpp"
#include "crossroads/team_insight.hpp"

namespace crossroads::cli {

void print_team_text(std::ostream& out, const Questionnaire& q, const TeamInsight& insight);
void print_team_json(std::ostream& out, const Questionnaire& q, const TeamInsight& insight);

}  // namespace crossroads::cli
