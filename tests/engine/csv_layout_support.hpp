#pragma once
// Helpers shared by the layout tests (csv_layout_test.cpp, csv_layout_header_test.cpp): decide a
// layout from one or two lines, and build headers and rows from statement names.
#include <algorithm>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "crossroads/csv_layout.hpp"
#include "csv_test_support.hpp"

namespace test::layout {

using namespace crossroads;
using test::builtin;
using test::prompts;

using Fields = std::optional<std::vector<std::string>>;
using Indexes = std::vector<std::size_t>;

inline Fields fields(std::vector<std::string> v) {
  return v;
}

// `count` consecutive field indexes from `from`
inline Indexes run(std::size_t from, std::size_t count) {
  Indexes out(count);
  std::iota(out.begin(), out.end(), from);
  return out;
}

// "q1" .. "q15" (or another prefix), in statement order.
inline std::vector<std::string> numbered(const std::string& prefix, int n = 15) {
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

inline std::vector<std::string> with(std::string first, std::vector<std::string> rest) {
  rest.insert(rest.begin(), std::move(first));
  return rest;
}

template <class T>
inline std::vector<T> reversed(std::vector<T> v) {
  std::reverse(v.begin(), v.end());
  return v;
}

inline Expected<CsvLayout, AnswerError> decide(
    const std::string& first, const std::optional<std::string>& second = std::nullopt,
    const CsvOptions& options = {}, const Questionnaire& q = builtin()) {
  std::optional<std::string_view> b;
  if (second) b = *second;
  return decide_csv_layout(q, first, b, options);
}

// The layout of lines that must be readable.
inline CsvLayout decided(const std::string& first,
                         const std::optional<std::string>& second = std::nullopt,
                         const CsvOptions& options = {}, const Questionnaire& q = builtin()) {
  auto layout = decide(first, second, options, q);
  if (!layout) FAIL("layout refused: " << layout.error().message);
  return layout.value();
}

// The problem of lines that must be refused.
inline AnswerError refused(const std::string& first,
                           const std::optional<std::string>& second = std::nullopt,
                           const CsvOptions& options = {}, const Questionnaire& q = builtin()) {
  auto layout = decide(first, second, options, q);
  if (layout) FAIL("layout accepted, separator '" << layout.value().separator << "'");
  return layout.error();
}

// A forms tool's header: Timestamp, Email address, the statements' prompts last to first, a
// comments column; and a row of it (answers kA in statement order).
inline std::string forms_header(char sep = ',') {
  return test::cells(with("Timestamp", with("Email address", reversed(prompts(builtin())))), sep) +
         sep + "Any comments?";
}

inline std::string forms_row(char sep = ',') {
  std::vector<std::string> answers;
  for (auto it = test::kA.rbegin(); it != test::kA.rend(); ++it)
    answers.push_back(std::to_string(*it));
  return test::cells(with("2026/11/02 9:00:00", with("ana@example.org", answers)), sep) + sep +
         "\"Fine, thanks; really\"";
}

}  // namespace test::layout
