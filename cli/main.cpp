// crossroads: score the management-or-mastery questionnaire from the command line.
#include <exception>
#include <iostream>

#include "commands.hpp"
#include "format.hpp"
#include "team.hpp"

int main(int argc, char** argv) {
  using namespace crossroads::cli;
  try {
    const Args args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") return help();
    const Args rest(args.begin() + 1, args.end());
    if (args[0] == "questions") return questions(rest);
    if (args[0] == "score") return score(rest);
    if (args[0] == "validate") return validate(rest);
    if (args[0] == "team") return team(rest);
    return fail(fill(text::kUnknownCommand, {args[0]}));
  } catch (const std::exception& e) {
    // Only resource failures (out of memory) can reach here; still one line, no trace.
    std::cerr << "crossroads: " << e.what() << "\n";
    return kBadInput;
  }
}
