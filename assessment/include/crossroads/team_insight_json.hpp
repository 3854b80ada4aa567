#pragma once
// A team's insight (team_insight.hpp) in its one form, for `crossroads team --json` and the WASM
// module alike: written once as calls on a Sink (sink.hpp), so the two cannot drift apart.
// Undefined figures are null, never NaN; below the floor every aggregate is null.
#include <string>

#include "crossroads/questionnaire.hpp"
#include "crossroads/sink.hpp"
#include "crossroads/team_insight.hpp"

namespace crossroads {

// { questionnaire: { id, version }, n, excluded, min_group, suppressed,
//   reliability: { total: R, themes: [{ id, ...R }] } | null, sem, band_uncertain,
//   bands: { <band id>: people } | null }
// R = { alpha, ci: [lo, hi], n, k, reading, total_sd,
//       items: [{ number, item_total, alpha_if_deleted, mean, sd, counts }] }
void write_team_insight(Sink& out, const Questionnaire& q, const TeamInsight& insight);
std::string team_insight_to_json(const Questionnaire& q, const TeamInsight& insight);

}  // namespace crossroads
