#pragma once
// How input reaches the commands: the options they share, the questionnaire those options pick,
// and files (or stdin) read whole.
#include <optional>
#include <string>

#include "commands.hpp"
#include "crossroads/csv_layout.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads::cli {

struct Options {
  std::optional<Questionnaire> questionnaire;  // set unless error is
  // --questionnaire-version N: the built-in questionnaire's version N rather than the latest.
  std::optional<int> builtin_version;
  Args positional;
  bool json = false;
  std::optional<std::string> csv;
  std::optional<double> seconds;
  std::optional<unsigned> jobs;  // --jobs N: threads for --csv (default: every core)
  // --delimiter D and --id-column NAME, for --csv only: each set only when given.
  CsvOptions csv_options;
  std::string error;  // the one line to report, when the options cannot be used
};

Options parse_options(const Args& args);

// The whole of a file, or of stdin for "-"; nullopt when it cannot be read.
std::optional<std::string> read_input(const std::string& path);

}  // namespace crossroads::cli
