#pragma once
// The subcommands of the `crossroads` command line; each returns the process exit code and says
// what it says in the sentences' language.
#include <string>
#include <vector>

#include "sentences.hpp"

namespace crossroads::cli {

using Args = std::vector<std::string>;

int questions(const Args& args, const Sentences& words);
int score(const Args& args, const Sentences& words);
int validate(const Args& args, const Sentences& words);
int help(const Sentences& words);
// Prints "crossroads: MESSAGE" as one line on stderr and returns kBadInput.
int fail(std::string message);

// Exit codes: success; some rows of a CSV refused (the others scored, each refusal in its row's
// error column); bad input or usage, or a CSV that cannot be used at all (a one-line message on
// stderr).
constexpr int kOk = 0;
constexpr int kSomeRefused = 1;
constexpr int kBadInput = 2;

}  // namespace crossroads::cli
