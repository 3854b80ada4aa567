// The engine for JavaScript, through Embind: engine.open(source) parses and validates a
// questionnaire once and hands back a handle (Opened) that scores, shares, exports and reads
// batches with it. Mapping only: JS values in (js_input.hpp), the engine's own structures out
// (val_sink.hpp builds them as JS objects; batches come as typed arrays). No rules here, and no
// exception crosses into JS for bad input: every failure is a returned { ok: false, ... }.
// wasm/engine.d.ts describes the interface; docs/engine-api.md explains it.
#include <emscripten/bind.h>
#include <emscripten/emmalloc.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "columns_val.hpp"
#include "crossroads/batch_columns.hpp"
#include "crossroads/csv.hpp"
#include "crossroads/csv_layout.hpp"
#include "crossroads/result_file.hpp"
#include "crossroads/result_json.hpp"
#include "crossroads/share_link.hpp"
#include "crossroads/team_insight.hpp"
#include "crossroads/translation.hpp"
#include "csv_stream.hpp"
#include "csv_val.hpp"
#include "js_input.hpp"
#include "team_val.hpp"
#include "val_sink.hpp"

namespace {

using namespace crossroads;
using namespace crossroads::bindings;
using emscripten::val;

using Shared = std::shared_ptr<const Questionnaire>;

constexpr const char* kAnswersNotList = "Answers must be a list.";
constexpr const char* kRowsNotList = "Rows must be a list.";
constexpr const char* kNotText = "Expected a text.";
constexpr std::size_t kTallyChunk = 4096;  // rows teamInsight scores before emptying its columns
constexpr const char* kSecondsNotNumber =
    "The time taken must be a number of seconds, or null when unknown.";

val failure(const AnswerError& e) {
  return failure_to_val(e);
}

// null or undefined: unknown; a number: seconds; anything else: not_a_number.
bool read_seconds(const val& seconds, std::optional<double>& out) {
  if (seconds.isNull() || seconds.isUndefined()) return true;
  if (!seconds.isNumber()) return false;
  out = seconds.as<double>();
  return true;
}

val ok_text(const std::string& text) {
  ValSink out;
  out.StartObject();
  out.Key("ok");
  out.Bool(true);
  out.Key("text");
  out.String(text);
  out.EndObject();
  return out.take();
}

// An open questionnaire (engine.open(source).handle).
class Opened {
 public:
  explicit Opened(Shared q) : q_(std::move(q)) {}

  val score_answers(const val& answers, const val& seconds) const {
    std::optional<double> time;
    if (!read_seconds(seconds, time))
      return failure({ErrorCode::not_a_number, 0, kSecondsNotNumber});
    const auto raw = answers_from_js(answers);
    if (!raw) return failure(wrong_type(kAnswersNotList));
    const auto result = score(*q_, *raw, time);
    if (!result) return failure(result.error());
    ValSink out;
    write_result(out, *q_, result.value());
    return out.take();
  }

  val encode(const val& answers) const {
    const auto raw = answers_from_js(answers);
    if (!raw) return failure(wrong_type(kAnswersNotList));
    const auto checked = check_answers(*q_, *raw);
    if (!checked) return failure(checked.error());
    ValSink out;
    out.StartObject();
    out.Key("ok");
    out.Bool(true);
    out.Key("code");
    out.String(encode_share(*q_, checked.value()));
    out.EndObject();
    return out.take();
  }

  val decode(const val& code) const {
    const auto text = text_from_js(code);
    if (!text) return failure(wrong_type(kNotText));
    const auto answers = decode_share(*q_, *text);
    if (!answers) return failure(answers.error());
    ValSink out;
    out.StartObject();
    out.Key("ok");
    out.Bool(true);
    out.Key("answers");
    out.StartArray();
    for (const int a : answers.value()) out.Int(a);
    out.EndArray();
    out.EndObject();
    return out.take();
  }

  val export_result(const val& answers, const val& seconds, const val& date) const {
    std::optional<double> time;
    if (!read_seconds(seconds, time))
      return failure({ErrorCode::not_a_number, 0, kSecondsNotNumber});
    const auto day = text_from_js(date);
    if (!day) return failure(wrong_type(kNotText));
    const auto raw = answers_from_js(answers);
    if (!raw) return failure(wrong_type(kAnswersNotList));
    const auto result = score(*q_, *raw, time);
    if (!result) return failure(result.error());
    return ok_text(result_file_json(*q_, result.value(), *day, time));
  }

  val import_result(const val& text) const {
    const auto json = text_from_js(text);
    if (!json) return failure(wrong_type(kNotText));
    const auto file = read_result_file(*q_, *json);
    if (!file) return failure(file.error());
    const ResultFile& f = file.value();
    ValSink out;
    out.StartObject();
    out.Key("ok");
    out.Bool(true);
    out.Key("date");
    out.String(f.date);
    out.Key("seconds");
    if (f.seconds) {
      out.Double(*f.seconds);
    } else {
      out.Null();
    }
    out.Key("result");
    write_result(out, *q_, score_checked(*q_, f.answers, f.seconds));
    out.EndObject();
    return out.take();
  }

  val result_csv(const val& rows) const {
    const auto parsed = rows_from_js(rows);
    if (!parsed) return failure(wrong_type(kRowsNotList));
    std::string text = csv_header(*q_);
    for (const Respondent& row : *parsed) text += csv_line(*q_, row.id, score(*q_, row.answers));
    return ok_text(text);
  }

  val score_rows(const val& rows) const {
    const auto parsed = rows_from_js(rows);
    if (!parsed) return failure(wrong_type(kRowsNotList));
    return columns_to_val(*q_, score_columns(*q_, *parsed));
  }

  val score_csv(const val& text, const val& options) const {
    const auto csv = text_from_js(text);
    if (!csv) return failure(wrong_type(kNotText));
    const auto chosen = csv_options_from_js(options, q_->items.size());
    if (!chosen) return failure(chosen.error());
    const CsvColumns read = read_csv_columns(*q_, *csv, chosen.value());
    val out = columns_to_val(*q_, read.columns);
    out.set("layout", layout_to_val(read.layout));
    out.set("problem", problem_to_val(read.problem));
    return out;
  }
  // Embind tells overloads apart by their number of arguments: the options may be left out.
  [[nodiscard]] val score_csv_text(const val& text) const {
    return score_csv(text, val::undefined());
  }

  // Rows scored as scoreRows scores them, only to be tallied: a refused row is counted as
  // excluded. The columns are emptied every few thousand rows, so memory stays small.
  val team_insight(const val& rows, const val& min_group) const {
    const auto floor = min_group_from_js(min_group);
    if (!floor) return failure(floor.error());
    const auto parsed = rows_from_js(rows);
    if (!parsed) return failure(wrong_type(kRowsNotList));
    TeamTally team(*q_);
    ColumnsBuilder builder(*q_, &team);
    for (const Respondent& row : *parsed) {
      if (builder.columns().count() >= kTallyChunk) builder.clear();
      builder.add(row.id, row.answers);
    }
    return team_insight_to_val(*q_, team.insight(floor.value()));
  }

  // The questionnaire in another of its languages (in_language), as open() gives it; null when it
  // has no such language.
  [[nodiscard]] val questionnaire_in(const val& lang) const {
    const auto code = text_from_js(lang);
    const auto localized = code ? in_language(*q_, *code) : std::nullopt;
    if (!localized) return val::null();
    ValSink out;
    write_questionnaire(out, *localized);
    return out.take();
  }

  [[nodiscard]] std::unique_ptr<CsvStream> csv_stream(const val& options) const {
    return std::make_unique<CsvStream>(q_, csv_options_from_js(options, q_->items.size()));
  }
  [[nodiscard]] std::unique_ptr<CsvStream> csv_stream_default() const {
    return std::make_unique<CsvStream>(q_, CsvOptions{});
  }

 private:
  Shared q_;
};

val open(const val& source) {
  std::optional<Expected<Questionnaire, Problems>> loaded;
  const auto text = text_from_js(source);
  if (!text) {
    loaded.emplace(Expected<Questionnaire, Problems>::failure({{"", kNotText}}));
  } else {
    loaded.emplace(load_questionnaire(text->empty() ? builtin_questionnaire_json() : *text));
  }
  ValSink out;
  out.StartObject();
  out.Key("ok");
  out.Bool(loaded->ok());
  if (!loaded->ok()) {
    out.Key("problems");
    write_problems(out, loaded->error());
    out.EndObject();
    return out.take();
  }
  out.Key("questionnaire");
  write_questionnaire(out, loaded->value());
  out.EndObject();
  val result = out.take();
  result.set("handle",
             val(Opened(std::make_shared<const Questionnaire>(std::move(loaded->value())))));
  return result;
}

// The built-in questionnaire's earlier versions as JSON texts, oldest first.
val earlier_versions() {
  std::vector<std::string> texts;
  for (int v = 1; v < builtin_latest_version(); ++v) {
    texts.emplace_back(builtin_questionnaire_json(v).value_or(""));
  }
  return strings_to_array(texts);
}

// Bytes of WASM heap in use (allocated and not freed): for tests that a handle's lifetime leaks
// nothing.
double memory_in_use() {
  return static_cast<double>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory());
}

}  // namespace

EMSCRIPTEN_BINDINGS(crossroads) {
  emscripten::class_<Opened>("Opened")
      .function("score", &Opened::score_answers)
      .function("encodeShare", &Opened::encode)
      .function("decodeShare", &Opened::decode)
      .function("exportResult", &Opened::export_result)
      .function("importResult", &Opened::import_result)
      .function("resultCsv", &Opened::result_csv)
      .function("scoreRows", &Opened::score_rows)
      .function("scoreCsv", &Opened::score_csv_text)
      .function("scoreCsv", &Opened::score_csv)
      .function("csvStream", &Opened::csv_stream_default)
      .function("csvStream", &Opened::csv_stream)
      .function("teamInsight", &Opened::team_insight)
      .function("questionnaireIn", &Opened::questionnaire_in);
  emscripten::class_<CsvStream>("CsvStream")
      .function("feed", &CsvStream::feed)
      .function("finish", &CsvStream::finish)
      .function("layout", &CsvStream::layout)
      .function("problem", &CsvStream::problem)
      .function("insight", &CsvStream::insight);
  emscripten::function("open", &open);
  emscripten::function("earlierVersions", &earlier_versions);
  emscripten::function("memoryInUse", &memory_in_use);
  emscripten::function("teamRules", &team_rules_to_val);
}
