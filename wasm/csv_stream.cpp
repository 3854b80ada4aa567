// A CSV arriving in pieces, and the team's tally of its rows (csv_stream.hpp).
#include "csv_stream.hpp"

#include <utility>

#include "columns_val.hpp"
#include "csv_val.hpp"
#include "js_input.hpp"
#include "team_val.hpp"
#include "val_sink.hpp"

namespace crossroads::bindings {

using emscripten::val;

constexpr const char* kNotText = "Expected a text.";

CsvStream::CsvStream(std::shared_ptr<const Questionnaire> q,
                     const Expected<CsvOptions, AnswerError>& options)
    : q_(std::move(q)),
      bad_options_(options.ok() ? std::nullopt : std::optional(options.error())),
      reader_(*q_, options.ok() ? options.value() : CsvOptions{}),
      team_(*q_),
      builder_(*q_, &team_) {}

val CsvStream::feed(const val& piece) {
  if (bad_options_) return failure_to_val(*bad_options_);
  const auto text = text_from_js(piece);
  if (!text) return failure_to_val(wrong_type(kNotText));
  builder_.clear();
  reader_.feed(*text, [this](const CsvRow& row) { builder_.add(row); });
  return columns_to_val(*q_, builder_.columns());
}

val CsvStream::finish() {
  if (bad_options_) return failure_to_val(*bad_options_);
  builder_.clear();
  reader_.finish([this](const CsvRow& row) { builder_.add(row); });
  return columns_to_val(*q_, builder_.columns());
}

val CsvStream::layout() const {
  return layout_to_val(reader_.layout());
}

val CsvStream::problem() const {
  return problem_to_val(reader_.problem());
}

val CsvStream::insight(const val& min_group) const {
  if (bad_options_) return failure_to_val(*bad_options_);
  const auto floor = min_group_from_js(min_group);
  if (!floor) return failure_to_val(floor.error());
  return team_insight_to_val(*q_, team_.insight(floor.value()));
}

}  // namespace crossroads::bindings
