// Any bytes as a questionnaire definition: must load or list problems, never crash; whatever
// loads must survive being scored at the extremes of its scale and serialised.
#include <string_view>

#include "crossroads/result_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace crossroads;
  const auto loaded = load_questionnaire({reinterpret_cast<const char*>(data), size});
  if (!loaded) return 0;
  const Questionnaire& q = loaded.value();
  for (const int v : {q.scale_min, q.scale_max, (q.scale_min + q.scale_max) / 2}) {
    const Result r = score_checked(q, std::vector<int>(q.items.size(), v), 1.0);
    (void)result_to_json(q, r);
  }
  (void)questionnaire_to_json(q);
  return 0;
}
