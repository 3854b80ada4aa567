#pragma once
// `crossroads team`: how far a team's answers (a CSV, one person a row) can be trusted, with a
// privacy floor below which no figure is given. The engine computes (team_insight.hpp); this
// command reads the CSV into it and prints the report (team_report.hpp).
#include "commands.hpp"
#include "sentences.hpp"

namespace crossroads::cli {

// Exit kOk when a report is printed (rows that could not be scored are counted in it, and on
// stderr); kBadInput, with one line on stderr and nothing on stdout, when there is nothing to
// report on: bad options, an unreadable file, a CSV that cannot be used, no data rows.
int team(const Args& args, const Sentences& words);

}  // namespace crossroads::cli
