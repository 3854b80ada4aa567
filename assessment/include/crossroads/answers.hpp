#pragma once
// Answers as they arrive (typed, pasted, from a file or a link) and the check that turns them
// into whole numbers on the scale, or a message that names the statement at fault.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/expected.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads {

struct RawAnswer {
  enum class Kind { missing, number, text };
  Kind kind = Kind::missing;
  double number = 0;
  std::string text;  // the original token (first 40 characters), kept for messages

  static RawAnswer missing() { return {}; }
  static RawAnswer of(double n) { return {Kind::number, n, {}}; }
  static RawAnswer not_number(std::string_view shown) {
    return {Kind::text, 0, std::string(shown.substr(0, 40))};
  }
  // Reads a token the way a person typed it: blank is missing, "7" and "7.0" are numbers.
  static RawAnswer from_token(std::string_view token);
  // The same, into this answer, reusing its storage (for files of millions of rows). The usual
  // token, one or two digits, is read here, inline.
  void read(std::string_view token) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (!token.empty() && token.size() <= 2 && digit(token[0]) && digit(token.back())) {
      kind = Kind::number;
      number = token.size() == 1 ? token[0] - '0' : (token[0] - '0') * 10 + (token[1] - '0');
      text.clear();
      return;
    }
    read_other(token);
  }

 private:
  void read_other(std::string_view token);  // read() for every token but one or two digits
};

enum class ErrorCode {
  answer_count,
  missing_answer,
  not_a_number,
  not_an_integer,
  out_of_range,
  bad_link,
  wrong_questionnaire,
  bad_file,
  bad_questionnaire,
};

struct AnswerError {
  ErrorCode code = ErrorCode::bad_file;
  int item = 0;  // statement number from 1, or 0 when no single statement is at fault
  std::string message;
};

std::string_view code_name(ErrorCode code);

// Checks every answer; the first problem (in statement order) is reported.
Expected<std::vector<int>, AnswerError> check_answers(const Questionnaire& q,
                                                      const std::vector<RawAnswer>& answers);
// The same check into storage the caller reuses (for files of millions of rows): fills values
// and returns nullopt, or returns the problem (values then holds the answers before it).
// `columns`, when given, names each statement's column in a file, and the problem names it too.
std::optional<AnswerError> check_answers(const Questionnaire& q,
                                         const std::vector<RawAnswer>& answers,
                                         std::vector<int>& values,
                                         const std::vector<std::string>* columns = nullptr);

}  // namespace crossroads
