// Any bytes as a share code: must decode to valid answers or be refused; valid ones round-trip.
#include <cstdlib>
#include <string_view>

#include "crossroads/share_link.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace crossroads;
  static const Questionnaire q = builtin_questionnaire();  // parse once, not per input
  const auto answers = decode_share(q, {reinterpret_cast<const char*>(data), size});
  if (!answers) return 0;
  std::vector<RawAnswer> raw;
  for (const int a : answers.value()) raw.push_back(RawAnswer::of(a));
  if (!check_answers(q, raw)) std::abort();  // a decoded link must always be a valid answer set
  if (decode_share(q, encode_share(q, answers.value())).value() != answers.value()) std::abort();
  return 0;
}
