#pragma once
// Reading a CSV, for JavaScript: its options in (engine.d.ts, CsvOptions), how the reader laid the
// input out and why it could not be used, out (CsvLayout, and a problem).
#include <emscripten/val.h>

#include <cstddef>
#include <optional>

#include "crossroads/csv_layout.hpp"
#include "crossroads/expected.hpp"

namespace crossroads::bindings {

// { delimiter?, idColumn?, names? } as the engine's CsvOptions, or the failure that names what is
// wrong. statements: how many the questionnaire has, the length each list of names must have.
Expected<CsvOptions, AnswerError> csv_options_from_js(const emscripten::val& options,
                                                      std::size_t statements);
// The layout as engine.d.ts's CsvLayout, or null while it is undecided.
emscripten::val layout_to_val(const std::optional<CsvLayout>& layout);
// { code, item, message }, or null.
emscripten::val problem_to_val(const std::optional<AnswerError>& problem);

}  // namespace crossroads::bindings
