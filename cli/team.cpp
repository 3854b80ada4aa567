#include "team.hpp"

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "crossroads/answers.hpp"
#include "crossroads/csv.hpp"
#include "crossroads/score.hpp"
#include "crossroads/team_insight.hpp"
#include "crossroads/team_insight_json.hpp"
#include "format.hpp"
#include "options.hpp"
#include "team_report.hpp"

namespace crossroads::cli {
namespace {

// Read in blocks of this size: the tally keeps sums, not rows, so memory stays small whatever
// the input's size.
constexpr std::size_t kBlockBytes = std::size_t{256} << 10U;

// What became of the input.
struct TeamRun {
  bool read = true;                           // false when the input could not be read
  std::optional<AnswerError> problem;         // why it cannot be used at all (CsvReader::problem)
  std::optional<std::string> first_left_out;  // why, naming its line
};

// Reads the CSV as `score --csv --jobs 1` does (same reader, same layout rules, same checks) and
// tallies each scored person's values; a row that cannot be scored is counted as excluded.
TeamRun tally_csv(const Questionnaire& q, std::FILE* in, const CsvOptions& options, TeamTally& team,
                  const Sentences& words) {
  TeamRun run;
  CsvReader reader(q, options);
  std::vector<int> answers;  // reused from row to row: no allocation per row
  Summary summary;
  const auto visit = [&](const CsvRow& row) {
    // The reader's problem names the row's lines already; an answer's names its statement.
    if (row.problem) {
      team.add_excluded();
      if (!run.first_left_out) run.first_left_out = row.problem->message;
      return;
    }
    if (const auto problem = check_answers(q, row.answers, answers, row.answer_names)) {
      team.add_excluded();
      if (!run.first_left_out)
        run.first_left_out =
            fill(words.text("onLine"), {std::to_string(row.line), problem->message});
      return;
    }
    summarize(q, answers, summary);
    team.add(summary.values);
  };
  std::string block(kBlockBytes, '\0');
  while (!reader.problem()) {
    const std::size_t got = std::fread(block.data(), 1, block.size(), in);
    if (got > 0) reader.feed(std::string_view(block.data(), got), visit);
    if (got < block.size()) {
      run.read = std::ferror(in) == 0;
      break;
    }
  }
  // A last line without a newline; an input without a data row is known only now.
  if (run.read && !reader.problem()) reader.finish(visit);
  run.problem = reader.problem();
  return run;
}

// The excluded rows on stderr too, as score says its refused ones: a report read in a hurry
// might not show the count. One line, whatever the reason's text holds.
void say_left_out(std::int64_t excluded, const std::string& first, const Sentences& words) {
  std::string message = fill(excluded == 1 ? words.text("rowLeftOut") : words.text("rowsLeftOut"),
                             {words.count("rows", excluded), first});
  for (char& c : message) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  std::cerr << "crossroads: " << message << "\n";
}

}  // namespace

int team(const Args& args, const Sentences& words) {
  const Options o = parse_options(args, words);
  if (!o.error.empty()) return fail(o.error);
  say_note(o);
  // Silently ignoring an option would let a typo in a script pass unnoticed.
  if (!o.positional.empty()) return fail(std::string(words.text("teamNoArguments")));
  if (o.seconds) return fail(fill(words.text("teamNoOption"), {"--seconds"}));
  if (o.jobs) return fail(fill(words.text("teamNoOption"), {"--jobs"}));
  if (!o.csv) return fail(std::string(words.text("teamNeedsCsv")));
  const Questionnaire& q = *o.questionnaire;
  const std::string& path = *o.csv;

  const bool from_stdin = path == "-";
  std::FILE* in = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (in == nullptr) return fail(fill(words.text("cannotReadCsv"), {path}));
  TeamTally tally(q);
  const TeamRun run = tally_csv(q, in, o.csv_options, tally, words);
  if (!from_stdin) std::fclose(in);
  if (!run.read) return fail(fill(words.text("cannotReadCsv"), {path}));
  if (run.problem) return fail(run.problem->message);

  const TeamInsight insight = tally.insight(o.min_group.value_or(kDefaultMinGroup));
  if (o.json) {
    std::cout << team_insight_to_json(q, insight) << "\n";
  } else {
    if (is_earlier_version(o)) {
      std::cout << fill(words.text("earlierScored"), {std::to_string(*o.builtin_version),
                                                      std::to_string(builtin_latest_version())})
                << "\n";
    }
    print_team_text(std::cout, q, insight, words);
  }
  std::cout.flush();
  if (insight.excluded > 0 && run.first_left_out)
    say_left_out(insight.excluded, *run.first_left_out, words);
  return kOk;
}

}  // namespace crossroads::cli
