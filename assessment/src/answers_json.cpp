#include "crossroads/answers_json.hpp"

#include <rapidjson/document.h>

#include "strict_json.hpp"

namespace crossroads {
namespace {

AnswerError bad(std::string message) {
  return {ErrorCode::bad_file, 0, std::move(message)};
}

RawAnswer read_one(const rapidjson::Value& v) {
  if (v.IsNull()) return RawAnswer::missing();
  if (v.IsNumber()) return RawAnswer::of(v.GetDouble());
  if (v.IsString()) return RawAnswer::from_token({v.GetString(), v.GetStringLength()});
  if (v.IsBool()) return RawAnswer::not_number(v.GetBool() ? "true" : "false");
  return RawAnswer::not_number(v.IsArray() ? "a list" : "an object");
}

std::vector<RawAnswer> read_list(const rapidjson::Value& list) {
  std::vector<RawAnswer> out;
  out.reserve(list.Size());
  for (const auto& v : list.GetArray()) out.push_back(read_one(v));
  return out;
}

Expected<rapidjson::Document, AnswerError> parse(std::string_view json) {
  auto parsed = json::parse(json);
  if (!parsed) {
    return Expected<rapidjson::Document, AnswerError>::failure(
        bad("The answers cannot be read: " + parsed.error() + "."));
  }
  return std::move(parsed.value());
}

}  // namespace

Expected<std::vector<RawAnswer>, AnswerError> answers_from_json(std::string_view json) {
  using Out = Expected<std::vector<RawAnswer>, AnswerError>;
  auto doc = parse(json);
  if (!doc) return Out::failure(doc.error());
  if (!doc.value().IsArray()) return Out::failure(bad("Answers must be a list."));
  return read_list(doc.value());
}

Expected<std::vector<Respondent>, AnswerError> rows_from_json(std::string_view json) {
  using Out = Expected<std::vector<Respondent>, AnswerError>;
  auto doc = parse(json);
  if (!doc) return Out::failure(doc.error());
  if (!doc.value().IsArray()) return Out::failure(bad("Rows must be a list."));
  std::vector<Respondent> rows;
  rows.reserve(doc.value().Size());
  for (const auto& row : doc.value().GetArray()) {
    Respondent r;
    r.id = std::to_string(rows.size() + 1);
    if (!row.IsObject()) {
      rows.push_back(std::move(r));  // no answers: reported as an answer-count error for the row
      continue;
    }
    if (const auto id = row.FindMember("id"); id != row.MemberEnd() && id->value.IsString()) {
      r.id.assign(id->value.GetString(), id->value.GetStringLength());
    }
    if (const auto a = row.FindMember("answers"); a != row.MemberEnd() && a->value.IsArray()) {
      r.answers = read_list(a->value);
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace crossroads
