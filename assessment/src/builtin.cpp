#include "builtin_questionnaire_json.hpp"  // generated at build time from content/questionnaire.json
#include "crossroads/questionnaire.hpp"

namespace crossroads {

std::string_view builtin_questionnaire_json() {
  return kBuiltinQuestionnaireJson;
}

Questionnaire builtin_questionnaire() {
  // The build checks the content with `crossroads validate`, so this cannot fail in a release.
  auto loaded = load_questionnaire(builtin_questionnaire_json());
  return loaded ? loaded.value() : Questionnaire{};
}

}  // namespace crossroads
