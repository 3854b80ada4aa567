// The engine's tools for files and teams, loaded only when a person exports, imports or opens
// the team view, so the first visit stays small (see README, Speed and size).
// Embind layer only: JS values in, the engine's own JSON out as plain JS objects. No rules here.
#include <emscripten/bind.h>

#include "bindings_common.hpp"
#include "crossroads/answers_json.hpp"
#include "crossroads/batch.hpp"
#include "crossroads/csv.hpp"
#include "crossroads/result_file.hpp"

namespace {

using namespace crossroads;
using namespace crossroads::bindings;

std::string batch_json(const Questionnaire& q, const std::vector<RowOutcome>& outcomes) {
  std::string out = R"({"ok":true,"rows":[)";
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const auto& row = outcomes[i];
    if (i > 0) out += ",";
    out += row.outcome ? result_to_json(q, row.outcome.value(), row.id, Detail::brief)
                       : error_to_json(row.outcome.error(), row.id);
  }
  return out + "]}";
}

val score_batch_rows(const std::string& source, const val& rows) {
  const auto q = open(source);
  if (!q) return failure(ErrorCode::bad_questionnaire, q.error().front().message);
  const auto parsed = rows_from_json(to_json(rows));
  if (!parsed) return from_json(error_to_json(parsed.error()));
  return from_json(batch_json(q.value(), score_batch(q.value(), parsed.value())));
}

val score_csv_text(const std::string& source, const std::string& csv) {
  const auto q = open(source);
  if (!q) return failure(ErrorCode::bad_questionnaire, q.error().front().message);
  std::vector<RowOutcome> outcomes;
  for_each_csv_row(q.value(), csv, [&](const CsvRow& row) {
    outcomes.push_back({row.id, row.problem ? Expected<Result, AnswerError>::failure(*row.problem)
                                            : score(q.value(), row.answers)});
  });
  return from_json(batch_json(q.value(), outcomes));
}

std::string result_csv(const std::string& source, const val& rows) {
  const auto q = open(source);
  const auto parsed = rows_from_json(to_json(rows));
  if (!q || !parsed) return "";
  std::string out = csv_header(q.value());
  for (const auto& row : score_batch(q.value(), parsed.value()))
    out += csv_line(q.value(), row.id, row.outcome);
  return out;
}

// The downloadable result file; "" when the answers are not a complete valid set.
std::string export_result(const std::string& source, const val& answers, double seconds,
                          const std::string& date) {
  const auto q = open(source);
  if (!q) return "";
  const auto raw = answers_from_json(to_json(answers));
  if (!raw) return "";
  const auto result = score(q.value(), raw.value(), known(seconds));
  return result ? result_file_json(q.value(), result.value(), date, known(seconds)) : "";
}

val import_result(const std::string& source, const std::string& text) {
  const auto q = open(source);
  if (!q) return failure(ErrorCode::bad_questionnaire, q.error().front().message);
  const auto file = read_result_file(q.value(), text);
  if (!file) return from_json(error_to_json(file.error()));
  const auto& f = file.value();
  val out = val::object();
  out.set("ok", true);
  out.set("date", f.date);
  out.set("seconds", f.seconds ? *f.seconds : -1.0);
  out.set("result",
          from_json(result_to_json(q.value(), score_checked(q.value(), f.answers, f.seconds))));
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(crossroads_tools) {
  emscripten::function("scoreBatch", &score_batch_rows);
  emscripten::function("scoreCsv", &score_csv_text);
  emscripten::function("resultCsv", &result_csv);
  emscripten::function("exportResult", &export_result);
  emscripten::function("importResult", &import_result);
}
