#pragma once
// A result that travels in a link fragment (never sent to a server): the answers, tied to the
// questionnaire's id and version, with a checksum so a truncated or edited link is refused
// instead of showing a wrong result.
//
// Format: "c1.<questionnaire id>.<version>.<answers>.<checksum>", where each answer is one
// base64url character (two when the scale spans 64 points or more) holding answer - scale.min,
// and the checksum is FNV-1a (32 bit) of everything before it, in six base64url characters.
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/answers.hpp"

namespace crossroads {

// Answers must already be checked (see check_answers).
std::string encode_share(const Questionnaire& q, const std::vector<int>& answers);

Expected<std::vector<int>, AnswerError> decode_share(const Questionnaire& q, std::string_view code);

}  // namespace crossroads
