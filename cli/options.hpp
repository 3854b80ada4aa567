#pragma once
// How input reaches the commands: the options they share, the questionnaire those options pick,
// and files (or stdin) read whole.
#include <optional>
#include <string>

#include "commands.hpp"
#include "crossroads/csv_layout.hpp"
#include "crossroads/questionnaire.hpp"
#include "sentences.hpp"

namespace crossroads::cli {

struct Options {
  std::optional<Questionnaire> questionnaire;  // set unless error is
  // --questionnaire-version N: the built-in questionnaire's version N rather than the latest.
  std::optional<int> builtin_version;
  // --lang CODE as typed; the questionnaire is then in that language (or the note says why not).
  std::optional<std::string> lang;
  Args positional;
  bool json = false;
  std::optional<std::string> csv;
  std::optional<double> seconds;
  std::optional<unsigned> jobs;  // --jobs N: threads for --csv (default: every core)
  std::optional<int> min_group;  // --min-group N: team's privacy floor (default kDefaultMinGroup)
  // --delimiter D and --id-column NAME, for --csv only: each set only when given.
  CsvOptions csv_options;
  std::string error;  // the one line to report, when the options cannot be used
  std::string note;   // a line for stderr that does not stop the command (say_note)
};

// The options, with the questionnaire they pick in the language asked for: --lang, else the
// environment's (language.hpp), else its own. A reason they cannot be used is said in `words`.
Options parse_options(const Args& args, const Sentences& words);

// The language the person asks for: the last --lang's value, else the environment's. The
// sentences follow it whenever they exist in it, whatever the questionnaire has, so they are
// chosen before the options are read and even a bad option is refused in that language.
std::optional<std::string> asked_language(const Args& args);

// Prints the options' note, if any, as one line on stderr.
void say_note(const Options& o);

// Whether the options picked an earlier version of the built-in questionnaire: answers to it are
// scored by that version's rules, and the output says so.
bool is_earlier_version(const Options& o);

// The whole of a file, or of stdin for "-"; nullopt when it cannot be read.
std::optional<std::string> read_input(const std::string& path);

}  // namespace crossroads::cli
