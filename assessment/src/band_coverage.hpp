#pragma once
// Private to the engine: the last check of load_questionnaire (questionnaire_load.cpp).
#include "crossroads/questionnaire.hpp"

namespace crossroads::detail {

// Bands must tile the possible totals exactly: each total belongs to one band. Needs the scale,
// every statement and every band read.
void check_coverage(const Questionnaire& q, Problems& problems);

}  // namespace crossroads::detail
