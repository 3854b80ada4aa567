#include "crossroads/result_file.hpp"

#include <rapidjson/document.h>

#include "crossroads/result_json.hpp"
#include "strict_json.hpp"

namespace crossroads {
namespace {

constexpr std::string_view kFormat = "crossroads-result";

AnswerError bad_file(std::string message) {
  return {ErrorCode::bad_file, 0, std::move(message)};
}

std::string quote_json(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) >= 0x20) {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

std::string result_file_json(const Questionnaire& q, const Result& r, const std::string& date,
                             std::optional<double> seconds) {
  std::string out =
      "{\"format\":\"" + std::string(kFormat) + "\",\"version\":1,\"date\":" + quote_json(date) +
      ",\"seconds\":" + (seconds ? std::to_string(static_cast<long long>(*seconds)) : "null") +
      ",\"answers\":[";
  for (std::size_t i = 0; i < r.answers.size(); ++i) {
    out += (i ? "," : "") + std::to_string(r.answers[i]);
  }
  return out + "],\"result\":" + result_to_json(q, r) + "}";
}

Expected<ResultFile, AnswerError> read_result_file(const Questionnaire& q, std::string_view json) {
  using Out = Expected<ResultFile, AnswerError>;
  auto parsed = json::parse(json);
  if (!parsed) {
    return Out::failure(bad_file("The file is not a Crossroads result: " + parsed.error() + "."));
  }
  const rapidjson::Document& doc = parsed.value();
  if (!doc.IsObject()) {
    return Out::failure(bad_file("The file is not a Crossroads result (it is not a JSON object)."));
  }
  const auto format = doc.FindMember("format");
  if (format == doc.MemberEnd() || !format->value.IsString() ||
      std::string_view(format->value.GetString(), format->value.GetStringLength()) != kFormat) {
    return Out::failure(bad_file("The file is not a Crossroads result (\"format\" is not \"" +
                                 std::string(kFormat) + "\")."));
  }
  const auto result = doc.FindMember("result");
  if (result != doc.MemberEnd() && result->value.IsObject()) {
    const auto qref = result->value.FindMember("questionnaire");
    if (qref != result->value.MemberEnd() && qref->value.IsObject()) {
      const auto id = qref->value.FindMember("id");
      const auto version = qref->value.FindMember("version");
      const bool same =
          id != qref->value.MemberEnd() && id->value.IsString() &&
          q.id == std::string_view(id->value.GetString(), id->value.GetStringLength()) &&
          version != qref->value.MemberEnd() && json::whole_number(version->value) == q.version;
      if (!same) {
        return Out::failure({ErrorCode::wrong_questionnaire, 0,
                             "The file is a result of another questionnaire or version."});
      }
    }
  }
  const auto answers = doc.FindMember("answers");
  if (answers == doc.MemberEnd() || !answers->value.IsArray()) {
    return Out::failure(bad_file("The file has no \"answers\" list."));
  }
  std::vector<RawAnswer> raw;
  for (const auto& v : answers->value.GetArray()) {
    raw.push_back(v.IsNumber() ? RawAnswer::of(v.GetDouble())
                  : v.IsNull() ? RawAnswer::missing()
                               : RawAnswer::not_number(v.IsString() ? v.GetString() : "a value"));
  }
  auto checked = check_answers(q, raw);
  if (!checked) return Out::failure(checked.error());
  ResultFile file;
  file.answers = std::move(checked.value());
  if (const auto s = doc.FindMember("seconds");
      s != doc.MemberEnd() && s->value.IsNumber() && s->value.GetDouble() >= 0) {
    file.seconds = s->value.GetDouble();
  }
  if (const auto d = doc.FindMember("date"); d != doc.MemberEnd() && d->value.IsString()) {
    file.date.assign(d->value.GetString(), std::min<std::size_t>(d->value.GetStringLength(), 40));
  }
  return file;
}

}  // namespace crossroads
