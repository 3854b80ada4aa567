#include "crossroads/share_link.hpp"

#include <cstdint>

namespace crossroads {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view kPrefix = "c1";
constexpr int kChecksumChars = 6;

int digit_of(char c) {
  const auto at = kAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

int chars_per_answer(const Questionnaire& q) {
  return q.scale_max - q.scale_min < 64 ? 1 : 2;
}

std::string checksum(std::string_view text) {
  std::uint32_t h = 2166136261U;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619U;
  }
  std::string out;
  for (int i = 0; i < kChecksumChars; ++i) {
    out.push_back(kAlphabet[h & 63U]);
    h >>= 6U;
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  while (true) {
    const auto at = s.find(sep);
    parts.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return parts;
    s.remove_prefix(at + 1);
  }
}

AnswerError bad_link(std::string message) {
  return {ErrorCode::bad_link, 0, std::move(message)};
}

}  // namespace

std::string encode_share(const Questionnaire& q, const std::vector<int>& answers) {
  std::string body = std::string(kPrefix) + "." + q.id + "." + std::to_string(q.version) + ".";
  for (const int a : answers) {
    const int v = a - q.scale_min;
    if (chars_per_answer(q) == 2) body.push_back(kAlphabet[static_cast<std::size_t>(v / 64)]);
    body.push_back(kAlphabet[static_cast<std::size_t>(v % 64)]);
  }
  return body + "." + checksum(body);
}

Expected<std::vector<int>, AnswerError> decode_share(const Questionnaire& q,
                                                     std::string_view code) {
  using Out = Expected<std::vector<int>, AnswerError>;
  if (code.size() > 2000)
    return Out::failure(bad_link("The link is too long to be a Crossroads result."));
  const auto parts = split(code, '.');
  if (parts.size() != 5 || parts[0] != kPrefix) {
    return Out::failure(bad_link("The link is not a Crossroads result link, or it is cut short."));
  }
  const std::string_view body = code.substr(0, code.size() - parts[4].size() - 1);
  if (parts[4] != checksum(body)) {
    return Out::failure(
        bad_link("The link is damaged or incomplete: its checksum does not match."));
  }
  if (parts[1] != q.id || parts[2] != std::to_string(q.version)) {
    return Out::failure({ErrorCode::wrong_questionnaire, 0,
                         "The link is for questionnaire \"" + std::string(parts[1].substr(0, 64)) +
                             "\" version " + std::string(parts[2].substr(0, 12)) + ", not \"" +
                             q.id + "\" version " + std::to_string(q.version) + "."});
  }
  const std::string_view digits = parts[3];
  const auto width = static_cast<std::size_t>(chars_per_answer(q));
  if (digits.size() != q.items.size() * width) {
    return Out::failure(bad_link("The link holds " + std::to_string(digits.size() / width) +
                                 " answers; this questionnaire has " +
                                 std::to_string(q.items.size()) + "."));
  }
  std::vector<int> answers;
  for (std::size_t i = 0; i < digits.size(); i += width) {
    int v = 0;
    for (std::size_t k = 0; k < width; ++k) {
      const int d = digit_of(digits[i + k]);
      if (d < 0)
        return Out::failure(bad_link("The link has a character that does not belong in it."));
      v = v * 64 + d;
    }
    const int answer = v + q.scale_min;
    if (answer > q.scale_max) {
      return Out::failure({ErrorCode::bad_link, static_cast<int>(i / width) + 1,
                           "The link's answer to statement " + std::to_string(i / width + 1) +
                               " is out of range."});
    }
    answers.push_back(answer);
  }
  return answers;
}

}  // namespace crossroads
