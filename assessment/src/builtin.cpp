#include <array>

#include "builtin_questionnaire_json.hpp"  // generated at build time from content/questionnaire.json
#include "builtin_questionnaire_v1_json.hpp"  // from content/archive/questionnaire-v1.json
#include "crossroads/questionnaire.hpp"

namespace crossroads {
namespace {

// Index i holds version i + 1. A new version goes to content/questionnaire.json; the one it
// replaces moves to content/archive/ and gets a line here, so nothing people hold stops opening.
constexpr std::array<std::string_view, 2> kVersions = {kBuiltinQuestionnaireV1Json,
                                                       kBuiltinQuestionnaireJson};

}  // namespace

int builtin_latest_version() {
  return static_cast<int>(kVersions.size());
}

std::string_view builtin_questionnaire_json() {
  return kVersions.back();
}

std::optional<std::string_view> builtin_questionnaire_json(int version) {
  if (version < 1 || version > builtin_latest_version()) return std::nullopt;
  return kVersions[static_cast<std::size_t>(version - 1)];
}

std::optional<Questionnaire> builtin_questionnaire(int version) {
  const auto json = builtin_questionnaire_json(version);
  if (!json) return std::nullopt;
  // The engine tests load every version (builtin_test.cpp), so this cannot fail in a release.
  auto loaded = load_questionnaire(*json);
  return loaded ? std::optional(std::move(loaded.value())) : std::nullopt;
}

Questionnaire builtin_questionnaire() {
  return builtin_questionnaire(builtin_latest_version()).value_or(Questionnaire{});
}

}  // namespace crossroads
