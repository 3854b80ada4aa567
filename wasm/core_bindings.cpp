// The page's engine, loaded on every visit: the questionnaire, scoring and share links.
// Embind layer only: JS values in, the engine's own JSON out as plain JS objects. No rules here.
#include <emscripten/bind.h>

#include "bindings_common.hpp"
#include "crossroads/answers_json.hpp"
#include "crossroads/share_link.hpp"

namespace {

using namespace crossroads;
using namespace crossroads::bindings;

val questionnaire(const std::string& source) {
  const auto q = open(source);
  if (!q) return from_json(problems_to_json(q.error()));
  return from_json(R"({"ok":true,"questionnaire":)" + questionnaire_to_json(q.value()) + "}");
}

val score_answers(const std::string& source, const val& answers, double seconds) {
  const auto q = open(source);
  if (!q) return failure(ErrorCode::bad_questionnaire, q.error().front().message);
  const auto raw = answers_from_json(to_json(answers));
  if (!raw) return from_json(error_to_json(raw.error()));
  const auto result = score(q.value(), raw.value(), known(seconds));
  return from_json(result ? result_to_json(q.value(), result.value())
                          : error_to_json(result.error()));
}

val encode(const std::string& source, const val& answers) {
  const auto q = open(source);
  if (!q) return failure(ErrorCode::bad_questionnaire, q.error().front().message);
  const auto raw = answers_from_json(to_json(answers));
  if (!raw) return from_json(error_to_json(raw.error()));
  const auto checked = check_answers(q.value(), raw.value());
  if (!checked) return from_json(error_to_json(checked.error()));
  val out = val::object();
  out.set("ok", true);
  out.set("code", encode_share(q.value(), checked.value()));
  return out;
}

val decode(const std::string& source, const std::string& code) {
  const auto q = open(source);
  if (!q) return failure(ErrorCode::bad_questionnaire, q.error().front().message);
  const auto answers = decode_share(q.value(), code);
  if (!answers) return from_json(error_to_json(answers.error()));
  val out = val::object();
  out.set("ok", true);
  val list = val::array();
  for (const int a : answers.value()) list.call<void>("push", a);
  out.set("answers", list);
  return out;
}

// The built-in questionnaire's earlier versions as JSON texts, oldest first: the page passes one
// as `source` to open a link, file or history entry made with that version.
val earlier_versions() {
  val list = val::array();
  for (int v = 1; v < builtin_latest_version(); ++v) {
    list.call<void>("push", std::string(builtin_questionnaire_json(v).value_or("")));
  }
  return list;
}

}  // namespace

EMSCRIPTEN_BINDINGS(crossroads_core) {
  emscripten::function("questionnaire", &questionnaire);
  emscripten::function("earlierVersions", &earlier_versions);
  emscripten::function("score", &score_answers);
  emscripten::function("encodeShare", &encode);
  emscripten::function("decodeShare", &decode);
}
