#pragma once
// Reading languages out of JSON, shared by translation.cpp (per-language files) and
// questionnaire_load.cpp (a custom file's "lang", "languages" and "translations"). Private to
// the engine.
#include <rapidjson/document.h>

#include <string>

#include "crossroads/questionnaire.hpp"
#include "json_fields.hpp"

namespace crossroads::detail {

// The texts object at path, checked key by key against base's texts (translation_check.cpp):
// every key base has must be there and no other, each list as long as base's, every text
// non-empty where base's is. Problems go under path ("texts.items.impact-1.low: missing").
Texts read_texts(const Questionnaire& base, const rapidjson::Value& texts, const std::string& path,
                 Problems& problems);

// The optional "lang", "languages" and "translations" of a questionnaire file whose other fields
// q already holds; root is that file's top level (translation.cpp).
void read_languages(json::Fields& root, Questionnaire& q, Problems& problems);

// The one sentence for a code that is not a language code.
std::string not_a_language_code(const std::string& code);

}  // namespace crossroads::detail
