// Any bytes as CSV input for the CLI and the team view: scored whole, and read again in pieces
// cut at fuzz-chosen places (the CLI's blocks, the page's slices), which must give the same rows.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/csv.hpp"

namespace {

using namespace crossroads;

// Everything a reader reports about a row, as one comparable text.
std::string describe(const CsvRow& row) {
  std::string out = std::to_string(row.line) + '|' + row.id + '|';
  for (const RawAnswer& a : row.answers) {
    out += std::to_string(static_cast<int>(a.kind)) + ':' + std::to_string(a.number) + ':' +
           a.text + ';';
  }
  if (row.problem) out += '|' + row.problem->message;
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  static const Questionnaire q = builtin_questionnaire();  // parse once, not per input
  if (size == 0) return 0;
  // The first byte chooses where the rest is cut: piece lengths cycle through its bits (1 to 16
  // bytes, or the byte's own value), so one input is read in many different splits.
  const unsigned choice = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)score_csv(q, text);

  std::vector<std::string> whole;
  for_each_csv_row(q, text, [&](const CsvRow& r) { whole.push_back(describe(r)); });
  std::vector<std::string> pieces;
  const auto visit = [&](const CsvRow& r) { pieces.push_back(describe(r)); };
  CsvReader reader(q);
  std::size_t at = 0;
  for (unsigned k = 0; at < text.size(); ++k) {
    const std::size_t length = (choice & 0x80U) != 0 ? 1 + (choice >> (k % 4)) % 16 : choice + 1;
    reader.feed(text.substr(at, length), visit);
    at += std::min(length, text.size() - at);
  }
  reader.finish(visit);
  if (pieces != whole) std::abort();  // a split changed what was read
  return 0;
}
