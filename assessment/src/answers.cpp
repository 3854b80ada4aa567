#include "crossroads/answers.hpp"

#include <cmath>
#include <string>

namespace crossroads {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Plain decimal only: strtod alone would also accept "nan", "inf", hex and exponents.
bool is_decimal(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  std::size_t digits = 0;
  std::size_t i = 0;
  for (; i < s.size() && is_digit(s[i]); ++i) ++digits;
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && is_digit(s[i]); ++i) ++digits;
  }
  return digits > 0 && i == s.size() && s.size() <= 40;
}

// Formats without printf (keeps the WASM free of the C formatting machinery), with enough
// decimals that a value that is not whole never looks whole.
std::string show(double n) {
  const bool negative = n < 0;
  const double magnitude = negative ? -n : n;
  if (magnitude >= 1e9) return negative ? "a very large negative number" : "a very large number";
  const auto whole = static_cast<long long>(magnitude);
  const long long billionths = std::llround((magnitude - static_cast<double>(whole)) * 1e9);
  const std::string sign = negative ? "-" : "";
  if (billionths == 0 || billionths >= 1000000000) {
    return std::floor(n) == n ? sign + std::to_string(whole)
                              : "a fraction very close to " + sign +
                                    std::to_string(billionths == 0 ? whole : whole + 1);
  }
  std::string fraction = std::to_string(billionths);
  fraction.insert(0, 9 - fraction.size(), '0');
  while (fraction.back() == '0') fraction.pop_back();
  return sign + std::to_string(whole) + "." + fraction;
}

// Reads a token already known to be plain decimal (see is_decimal); no strtod, no locale.
double decimal_value(std::string_view s) {
  const bool negative = !s.empty() && s.front() == '-';
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  double value = 0;
  std::size_t i = 0;
  for (; i < s.size() && is_digit(s[i]); ++i) value = value * 10 + (s[i] - '0');
  double scale = 1;
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && is_digit(s[i]); ++i) {
      scale /= 10;
      value += (s[i] - '0') * scale;
    }
  }
  return negative ? -value : value;
}

AnswerError fail(ErrorCode code, int item, std::string message) {
  return {code, item, std::move(message)};
}

}  // namespace

RawAnswer RawAnswer::from_token(std::string_view token) {
  RawAnswer a;
  a.read(token);
  return a;
}

void RawAnswer::read_other(std::string_view token) {
  text.clear();
  kind = Kind::number;
  const std::string_view t = trim(token);
  number = 0;
  if (t.empty()) {
    kind = Kind::missing;
  } else if (t.size() <= 2 && is_digit(t[0]) && is_digit(t.back())) {
    number = t.size() == 1 ? t[0] - '0' : (t[0] - '0') * 10 + (t[1] - '0');
  } else if (is_decimal(t)) {
    number = decimal_value(t);
  } else {
    kind = Kind::text;
    text = t.substr(0, 40);  // as not_number() keeps it
  }
}

std::string_view code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::answer_count:
      return "answer_count";
    case ErrorCode::missing_answer:
      return "missing_answer";
    case ErrorCode::not_a_number:
      return "not_a_number";
    case ErrorCode::not_an_integer:
      return "not_an_integer";
    case ErrorCode::out_of_range:
      return "out_of_range";
    case ErrorCode::bad_link:
      return "bad_link";
    case ErrorCode::wrong_questionnaire:
      return "wrong_questionnaire";
    case ErrorCode::bad_file:
      return "bad_file";
    case ErrorCode::bad_questionnaire:
      return "bad_questionnaire";
  }
  return "bad_file";
}

namespace {

// What is wrong with one answer that is not a whole number on the scale; `column` names where
// the answer was read, when it came from a named column of a file.
AnswerError problem_with(const Questionnaire& q, const RawAnswer& a, int number,
                         const std::string* column) {
  const std::string who = "Statement " + std::to_string(number) +
                          (column != nullptr ? " (column \"" + *column + "\")" : "");
  switch (a.kind) {
    case RawAnswer::Kind::missing:
      return fail(ErrorCode::missing_answer, number, who + " has no answer.");
    case RawAnswer::Kind::text:
      return fail(ErrorCode::not_a_number, number, who + ": \"" + a.text + "\" is not a number.");
    case RawAnswer::Kind::number:
      break;
  }
  const double n = a.number;
  if (!std::isfinite(n) || std::floor(n) != n) {
    return fail(ErrorCode::not_an_integer, number,
                who + ": " + (std::isfinite(n) ? show(n) : std::string("that")) +
                    " is not a whole number.");
  }
  return fail(ErrorCode::out_of_range, number,
              who + ": " + show(n) + " is out of range (" + std::to_string(q.scale_min) + " to " +
                  std::to_string(q.scale_max) + ").");
}

}  // namespace

std::optional<AnswerError> check_answers(const Questionnaire& q,
                                         const std::vector<RawAnswer>& answers,
                                         std::vector<int>& values,
                                         const std::vector<std::string>* columns) {
  const auto expected = q.items.size();
  values.resize(expected);  // written by index below: no reallocation check per answer
  if (answers.size() != expected) {
    values.clear();
    return fail(ErrorCode::answer_count, 0,
                "Expected " + std::to_string(expected) + " answers, got " +
                    std::to_string(answers.size()) + ".");
  }
  const auto min = static_cast<double>(q.scale_min);
  const auto max = static_cast<double>(q.scale_max);
  for (std::size_t i = 0; i < expected; ++i) {
    const RawAnswer& a = answers[i];
    // One test for the usual case; NaN fails the range test. Within the range the int
    // conversion is exact, so comparing it back tells whole numbers.
    const bool fine = a.kind == RawAnswer::Kind::number && a.number >= min && a.number <= max &&
                      static_cast<double>(static_cast<int>(a.number)) == a.number;
    if (!fine) {
      values.resize(i);
      return problem_with(q, a, static_cast<int>(i) + 1,
                          columns != nullptr && i < columns->size() ? &(*columns)[i] : nullptr);
    }
    values[i] = static_cast<int>(a.number);
  }
  return std::nullopt;
}

Expected<std::vector<int>, AnswerError> check_answers(const Questionnaire& q,
                                                      const std::vector<RawAnswer>& answers) {
  std::vector<int> values;
  values.reserve(q.items.size());
  if (auto problem = check_answers(q, answers, values)) {
    return Expected<std::vector<int>, AnswerError>::failure(std::move(*problem));
  }
  return values;
}

}  // namespace crossroads
