#pragma once
// `crossroads score --csv`: a CSV of any size scored in blocks, on several threads, with the
// output in input order and memory bounded whatever the input's size.
#include <cstdio>
#include <optional>

#include "crossroads/answers.hpp"
#include "crossroads/csv_layout.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads::cli {

// The most --jobs may ask for: far beyond any core count the tool is run on, low enough that a
// typo (--jobs 10000) cannot exhaust threads or memory.
constexpr unsigned kMaxJobs = 256;

// What became of one input, for the exit code and the line on stderr.
struct CsvRun {
  bool read = true;                    // false when the input could not be read
  std::optional<AnswerError> problem;  // why the input cannot be used at all (CsvReader::problem)
  long long rows = 0;                  // data rows read, scored or refused
  long long refused = 0;               // rows that could not be scored
};

// Reads `in` to its end and writes the output CSV to `out`, scoring on `jobs` threads (1: all on
// the calling thread). The output's header goes out with its first row, so an input that cannot
// be used (a problem, no data rows) or whose very first read fails writes nothing at all; a read
// that fails later leaves the rows read before it written.
CsvRun score_csv_stream(const Questionnaire& q, std::FILE* in, std::FILE* out, unsigned jobs,
                        const CsvOptions& options);

}  // namespace crossroads::cli
