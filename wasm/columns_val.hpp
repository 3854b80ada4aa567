#pragma once
// A batch scored in columns (crossroads/batch_columns.hpp) as the JS object engine.d.ts calls
// Columns: counts, ranges and errors as plain values, one typed array per column.
#include <emscripten/val.h>

#include "crossroads/batch_columns.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads::bindings {

emscripten::val columns_to_val(const Questionnaire& q, const BatchColumns& c);

}  // namespace crossroads::bindings
