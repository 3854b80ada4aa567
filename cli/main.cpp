// crossroads: score the management-or-mastery questionnaire from the command line.
#include <exception>
#include <iostream>

#include "commands.hpp"
#include "format.hpp"
#include "options.hpp"
#include "sentences.hpp"
#include "team.hpp"

int main(int argc, char** argv) {
  using namespace crossroads::cli;
  try {
    const Args args(argv + 1, argv + argc);
    // Read once, before anything is said: every later line, an error included, is in it.
    const Sentences words = sentences_for(asked_language(args));
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
      return help(words);
    }
    const Args rest(args.begin() + 1, args.end());
    if (args[0] == "questions") return questions(rest, words);
    if (args[0] == "score") return score(rest, words);
    if (args[0] == "validate") return validate(rest, words);
    if (args[0] == "team") return team(rest, words);
    return fail(fill(words.text("unknownCommand"), {args[0]}));
  } catch (const std::exception& e) {
    // Only resource failures (out of memory) can reach here; still one line, no trace.
    std::cerr << "crossroads: " << e.what() << "\n";
    return kBadInput;
  }
}
