#pragma once
// The subcommands of the `crossroads` command line; each returns the process exit code.
#include <string>
#include <vector>

namespace crossroads::cli {

using Args = std::vector<std::string>;

int questions(const Args& args);
int score(const Args& args);
int validate(const Args& args);
int help();
// Prints "crossroads: MESSAGE" as one line on stderr and returns kBadInput.
int fail(std::string message);

// Exit codes: success, and bad input or usage (a one-line message on stderr).
constexpr int kOk = 0;
constexpr int kBadInput = 2;

}  // namespace crossroads::cli
