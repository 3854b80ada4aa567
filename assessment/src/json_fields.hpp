#pragma once
// Reads the fields of one JSON object of a questionnaire file, noting every problem under its path
// ("items[3].low: is missing") instead of stopping at the first, so an author fixes them all in
// one pass. Used by questionnaire_load.cpp for each object it reads.
#include <rapidjson/document.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "crossroads/questionnaire.hpp"
#include "strict_json.hpp"

namespace crossroads::json {

using Value = rapidjson::Value;

// Ids name things in links, storage keys and CSV headers, so they stay short and plain.
constexpr std::size_t kMaxIdLength = 64;

inline bool is_identifier(const std::string& s) {
  return !s.empty() && s.size() <= kMaxIdLength && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

inline std::string quoted(const std::string& s) {
  return "\"" + s + "\"";
}

// Walks one JSON object, reading fields and noting problems under its path.
class Fields {
 public:
  Fields(const Value& object, std::string path, Problems& problems)
      : object_(object), path_(std::move(path)), problems_(problems) {}

  [[nodiscard]] std::string at(const std::string& field) const { return path_ + "." + field; }
  void problem(const std::string& field, const std::string& message) const {
    problems_.push_back({at(field), message});
  }

  const Value* find(const char* field, bool required) {
    known_.insert(field);
    const auto it = object_.FindMember(field);
    if (it == object_.MemberEnd()) {
      if (required) problem(field, "is missing");
      return nullptr;
    }
    return &it->value;
  }

  std::string text(const char* field, bool required = true, bool allow_empty = false) {
    const Value* v = find(field, required);
    if (v == nullptr) return {};
    if (!v->IsString()) {
      problem(field, "must be a text (a JSON string)");
      return {};
    }
    std::string s(v->GetString(), v->GetStringLength());
    if (s.empty() && !allow_empty) problem(field, "must not be empty");
    return s;
  }

  std::string identifier(const char* field) {
    std::string s = text(field);
    if (!s.empty() && !is_identifier(s)) {
      problem(field, quoted(s) + " must use only a-z, 0-9 and '-' (at most " +
                         std::to_string(kMaxIdLength) + " characters)");
    }
    return s;
  }

  // 1, 1.0 and 1e0 alike, as JSON Schema counts integers; the caller checks the bounds.
  std::optional<long long> integer(const char* field) {
    const Value* v = find(field, true);
    if (v == nullptr) return std::nullopt;
    const auto n = json::whole_number(*v);
    if (!n) problem(field, "must be a whole number");
    return n;
  }

  bool boolean(const char* field, bool fallback) {
    const Value* v = find(field, false);
    if (v == nullptr) return fallback;
    if (!v->IsBool()) {
      problem(field, "must be true or false");
      return fallback;
    }
    return v->GetBool();
  }

  std::vector<std::string> texts(const char* field) {
    std::vector<std::string> out;
    const Value* v = find(field, false);
    if (v == nullptr) return out;
    if (!v->IsArray()) {
      problem(field, "must be a list of texts");
      return out;
    }
    for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
      const Value& e = (*v)[i];
      if (!e.IsString() || e.GetStringLength() == 0) {
        problems_.push_back(
            {at(field) + "[" + std::to_string(i) + "]", "must be a non-empty text"});
      } else {
        out.emplace_back(e.GetString(), e.GetStringLength());
      }
    }
    return out;
  }

  // Child object; null when missing or not an object (a problem is noted).
  const Value* object(const char* field, bool required = true) {
    const Value* v = find(field, required);
    if (v != nullptr && !v->IsObject()) {
      problem(field, "must be an object");
      return nullptr;
    }
    return v;
  }

  const Value* array(const char* field) {
    const Value* v = find(field, true);
    if (v != nullptr && !v->IsArray()) {
      problem(field, "must be a list");
      return nullptr;
    }
    return v;
  }

  // Typos in optional fields would otherwise be silently ignored.
  void reject_unknown() const {
    for (auto it = object_.MemberBegin(); it != object_.MemberEnd(); ++it) {
      const std::string name(it->name.GetString(), it->name.GetStringLength());
      if (known_.count(name) == 0) problem(json::shown_key(name), "is not a known field");
    }
  }

 private:
  const Value& object_;
  std::string path_;
  Problems& problems_;
  std::set<std::string> known_;
};

}  // namespace crossroads::json
