// Any bytes as a JSON answer list and as batch rows (what the page hands the engine).
#include <string_view>

#include "crossroads/answers_json.hpp"
#include "crossroads/result_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace crossroads;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const Questionnaire q = builtin_questionnaire();  // parse once, not per input
  if (const auto answers = answers_from_json(text)) {
    const auto r = score(q, answers.value());
    if (r) (void)result_to_json(q, r.value());
  }
  if (const auto rows = rows_from_json(text)) {
    for (const auto& row : score_batch(q, rows.value())) {
      if (row.outcome) (void)result_to_json(q, row.outcome.value(), row.id, Detail::brief);
    }
  }
  return 0;
}
