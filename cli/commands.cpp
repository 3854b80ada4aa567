#include "commands.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <thread>

#include "crossroads/builtin_translations.hpp"
#include "crossroads/csv.hpp"
#include "crossroads/result_json.hpp"
#include "crossroads/score.hpp"
#include "crossroads/team_insight.hpp"
#include "csv_pipeline.hpp"
#include "format.hpp"
#include "language.hpp"
#include "options.hpp"
#include "text_report.hpp"

namespace crossroads::cli {

// One line, always: whatever the person typed may hold newlines or other control characters.
int fail(std::string message) {
  for (char& c : message) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  std::cerr << "crossroads: " << message << "\n";
  return kBadInput;
}

namespace {

void print_questions(const Options& o, const Sentences& words) {
  const Questionnaire& q = *o.questionnaire;
  const std::string min = std::to_string(q.scale_min);
  const std::string max = std::to_string(q.scale_max);
  std::cout << q.title << "\n";
  if (is_earlier_version(o)) {
    std::cout << fill(
                     words.text("earlierQuestionnaire"),
                     {std::to_string(*o.builtin_version), std::to_string(builtin_latest_version())})
              << "\n";
  }
  // A scale such as 1-4 has no whole-number middle, so none is named.
  const auto mid = q.middle();
  std::cout << (mid ? fill(words.text("scaleWithMiddle"), {min, max, std::to_string(*mid)})
                    : fill(words.text("scaleNoMiddle"), {min, max}))
            << "\n";
  // Each statement's own two ends, as the person sees them: on a reversed statement the
  // first answer is not the low pole's, so a pole label here would mislead.
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const Item& item = q.items[i];
    std::cout << "\n"
              << fill(words.text("statement"), {std::to_string(i + 1), item.prompt}) << "\n"
              << fill(words.text("statementEnd"), {min, item.low}) << "\n"
              << fill(words.text("statementEnd"), {max, item.high}) << "\n";
  }
  if (!q.credit.empty()) std::cout << "\n" << q.credit << "\n";
}

// Every core by default: the output is the same whatever the count, only sooner.
unsigned default_jobs() {
  return std::clamp(std::thread::hardware_concurrency(), 1U, kMaxJobs);
}

// A script tells the three outcomes apart by the exit code alone: every row scored, some rows
// refused (the others still printed), or nothing usable at all.
int score_csv_file(const Questionnaire& q, const std::string& path, unsigned jobs,
                   const CsvOptions& options, const Sentences& words) {
  const bool from_stdin = path == "-";
  std::FILE* in = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (in == nullptr) return fail(fill(words.text("cannotReadCsv"), {path}));
  const CsvRun run = score_csv_stream(q, in, stdout, jobs, options);
  if (!from_stdin) std::fclose(in);
  std::fflush(stdout);
  if (!run.read) return fail(fill(words.text("cannotReadCsv"), {path}));
  if (run.problem) return fail(run.problem->message);
  if (run.refused > 0) {
    std::cerr << "crossroads: "
              << fill(words.text("rowsRefused"),
                      {words.count("rows", run.refused), std::to_string(run.rows)})
              << "\n";
    return kSomeRefused;
  }
  return kOk;
}

}  // namespace

int help(const Sentences& words) {
  std::vector<std::string> languages = builtin_languages();
  languages.erase(std::remove(languages.begin(), languages.end(), kPseudoLocale), languages.end());
  std::cout << fill(words.text("usage"),
                    {std::to_string(builtin_latest_version()), std::to_string(kMaxJobs),
                     std::to_string(kDefaultMinGroup), std::to_string(kLowestMinGroup),
                     std::to_string(kHighestMinGroup), language_list(languages), kPseudoLocale});
  return kOk;
}

int questions(const Args& args, const Sentences& words) {
  const Options o = parse_options(args, words);
  if (!o.error.empty()) return fail(o.error);
  say_note(o);
  if (!o.positional.empty()) return fail(std::string(words.text("questionsNoArguments")));
  // Silently ignoring an option would let a typo in a script pass unnoticed.
  if (o.csv) return fail(fill(words.text("questionsNoOption"), {"--csv"}));
  if (o.seconds) return fail(fill(words.text("questionsNoOption"), {"--seconds"}));
  if (o.jobs) return fail(fill(words.text("questionsNoOption"), {"--jobs"}));
  if (o.csv_options.separator) return fail(fill(words.text("questionsNoOption"), {"--delimiter"}));
  if (o.csv_options.id_column) return fail(fill(words.text("questionsNoOption"), {"--id-column"}));
  if (o.min_group) return fail(fill(words.text("questionsNoOption"), {"--min-group"}));
  if (o.json) {
    std::cout << questionnaire_to_json(*o.questionnaire) << "\n";
  } else {
    print_questions(o, words);
  }
  return kOk;
}

int score(const Args& args, const Sentences& words) {
  const Options o = parse_options(args, words);
  if (!o.error.empty()) return fail(o.error);
  say_note(o);
  const Questionnaire& q = *o.questionnaire;
  if (o.min_group) return fail(fill(words.text("onlyWithTeam"), {"--min-group"}));
  if (o.csv) {
    if (!o.positional.empty()) return fail(std::string(words.text("csvAndAnswers")));
    return score_csv_file(q, *o.csv, o.jobs.value_or(default_jobs()), o.csv_options, words);
  }
  // Silently ignoring an option would let a typo in a script pass unnoticed.
  if (o.jobs) return fail(fill(words.text("onlyWithCsv"), {"--jobs"}));
  if (o.csv_options.separator) return fail(fill(words.text("onlyWithCsv"), {"--delimiter"}));
  if (o.csv_options.id_column) return fail(fill(words.text("onlyWithCsv"), {"--id-column"}));
  std::vector<RawAnswer> raw;
  raw.reserve(o.positional.size());
  for (const auto& a : o.positional) raw.push_back(RawAnswer::from_token(a));
  const auto result = crossroads::score(q, raw, o.seconds);
  if (!result) return fail(result.error().message);
  if (o.json) {
    std::cout << result_to_json(q, result.value()) << "\n";
    return kOk;
  }
  if (is_earlier_version(o)) {
    std::cout << fill(words.text("earlierScored"), {std::to_string(*o.builtin_version),
                                                    std::to_string(builtin_latest_version())})
              << "\n";
  }
  print_text_result(std::cout, q, result.value(), words);
  return kOk;
}

}  // namespace crossroads::cli
