// Any bytes as an imported result file.
#include <string_view>

#include "crossroads/result_file.hpp"
#include "crossroads/result_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace crossroads;
  static const Questionnaire q = builtin_questionnaire();  // parse once, not per input
  const auto file = read_result_file(q, {reinterpret_cast<const char*>(data), size});
  if (file) (void)result_to_json(q, score_checked(q, file.value().answers, file.value().seconds));
  return 0;
}
