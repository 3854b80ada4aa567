#pragma once
// `crossroads score --csv`: a CSV of any size scored in blocks, on several threads, with the
// output in input order and memory bounded whatever the input's size.
#include <cstdio>

#include "crossroads/questionnaire.hpp"

namespace crossroads::cli {

// The most --jobs may ask for: far beyond any core count the tool is run on, low enough that a
// typo (--jobs 10000) cannot exhaust threads or memory.
constexpr unsigned kMaxJobs = 256;

// Reads `in` to its end and writes the output CSV (header first) to `out`, scoring on `jobs`
// threads (1: all on the calling thread). False when `in` cannot be read; nothing is written
// when its very first read fails, else the rows read before the failure are.
bool score_csv_stream(const Questionnaire& q, std::FILE* in, std::FILE* out, unsigned jobs);

}  // namespace crossroads::cli
