// Any bytes as CSV input for the CLI and the team view.
#include <string_view>

#include "crossroads/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace crossroads;
  static const Questionnaire q = builtin_questionnaire();  // parse once, not per input
  (void)score_csv(q, {reinterpret_cast<const char*>(data), size});
  return 0;
}
