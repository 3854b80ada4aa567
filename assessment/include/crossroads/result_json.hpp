#pragma once
// The one form of a result, an error and a questionnaire, shared by the CLI, the WASM bindings
// and exported files, so every front shows the same fields under the same names. Each is written
// once, as calls on a Sink (sink.hpp); the *_to_json functions run them through the JSON writer,
// and the WASM bindings through a sink that builds JavaScript objects.
#include <string>

#include "crossroads/answers.hpp"
#include "crossroads/questionnaire.hpp"
#include "crossroads/score.hpp"
#include "crossroads/sink.hpp"

namespace crossroads {

// Full: everything, band texts included. Brief: for batches of thousands, no texts but the band
// title, no per-item answers and no questionnaire id, a fifth of the size.
enum class Detail { full, brief };

// { ok: true, id, questionnaire, total, min, max, band, themes, items, margin, borderline,
//   drivers, shape, quality }
void write_result(Sink& out, const Questionnaire& q, const Result& r, const std::string& id = "",
                  Detail detail = Detail::full);
// { code, item, message }
void write_error(Sink& out, const AnswerError& e);
// { ok: false, error: { code, item, message } }
void write_failure(Sink& out, const AnswerError& e);
// The questionnaire as the engine reads it, defaults filled in, in its language (lang) with the
// list of every language it has (languages; its translations' texts are not written: ask
// in_language for one). Loads again as the same questionnaire in that one language.
void write_questionnaire(Sink& out, const Questionnaire& q);
// [{ path, message }]
void write_problems(Sink& out, const Problems& problems);

std::string result_to_json(const Questionnaire& q, const Result& r, const std::string& id = "",
                           Detail detail = Detail::full);
// { ok: false, id, error: { code, item, message } }
std::string error_to_json(const AnswerError& e, const std::string& id = "");
std::string questionnaire_to_json(const Questionnaire& q);
// { ok: false, problems: [{ path, message }] }
std::string problems_to_json(const Problems& problems);

}  // namespace crossroads
