// Any bytes as CSV input for the CLI and the team view: scored whole, and read again in pieces
// cut at fuzz-chosen places (the CLI's blocks, the page's slices), which must give the same rows
// and the same input problem; read again by a reader resumed after the layout was decided (the
// CLI's threads); and its first lines given to decide_csv_layout directly, whose layout must hold
// together. The options a person may give (a separator, an id column) and the questionnaire
// (the built-in one, or one of two statements whose prompts a header can name in a few bytes)
// come from the first byte too.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/csv.hpp"

namespace {

using namespace crossroads;

// Two statements on 1-5, named "a" / "b", "Best day" / "Learning" and short prompts.
constexpr std::string_view kSmall = R"({"format":1,"id":"small","version":1,"title":"Small",
"intro":"Two statements.","scale":{"min":1,"max":5},
"poles":{"low":{"id":"people","label":"People"},"high":{"id":"craft","label":"Craft"}},
"themes":[{"id":"all","title":"All","description":"Both."}],
"items":[{"id":"a","theme":"all","prompt":"Best day?","short":"Day","low":"L","high":"H"},
{"id":"b","theme":"all","prompt":"Learn next?","short":"Learning","low":"L","high":"H"}],
"bands":[{"id":"low","min":2,"max":5,"title":"Low","summary":"S.","explanation":"E.",
"advice":[],"next_steps":[],"questions":[]},{"id":"high","min":6,"max":10,"title":"High",
"summary":"S.","explanation":"E.","advice":[],"next_steps":[],"questions":[]}]})";

// Everything a reader reports about a row, as one comparable text.
std::string describe(const CsvRow& row) {
  std::string out = std::to_string(row.line) + '|' + row.id + '|';
  for (const RawAnswer& a : row.answers) {
    out += std::to_string(static_cast<int>(a.kind)) + ':' + std::to_string(a.number) + ':' +
           a.text + ';';
  }
  if (row.problem) out += '|' + row.problem->message;
  if (row.answer_names != nullptr) {
    for (const auto& name : *row.answer_names) out += '|' + name;
  }
  return out;
}

std::string describe(const std::optional<AnswerError>& problem) {
  return problem ? "problem: " + problem->message : "no problem";
}

// choice % 8: 0-4 detect the separator (the case that matters most), 5-7 give one.
// choice / 8 % 8: 0-3 no id column, else one of four names. choice >= 192: the small
// questionnaire. Seeds that start with a newline (10) are read as detected, without options.
CsvOptions options_of(unsigned choice) {
  CsvOptions options;
  if (choice % 8 >= 5) options.separator = kCsvSeparators[choice % 8 - 5];
  static const char* const kIdColumns[] = {"id", "Email address", "q3", "Name"};
  if (choice / 8 % 8 >= 4) options.id_column = kIdColumns[choice / 8 % 8 - 4];
  return options;
}

// Aborts, naming the broken rule, when a rule does not hold.
#define require(condition) \
  ((condition) ? (void)0   \
               : (std::fprintf(stderr, "fuzz_csv:%d: %s\n", __LINE__, #condition), std::abort()))

// Whole UTF-8 sequences only (the shape of the bytes; overlong forms are not looked for).
bool utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t length = c < 0x80U          ? 1
                               : (c >> 5U) == 6U  ? 2
                               : (c >> 4U) == 14U ? 3
                               : (c >> 3U) == 30U ? 4
                                                  : 0;
    if (length == 0 || i + length > s.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U) return false;
    }
    i += length;
  }
  return true;
}

// What must hold of any layout decide_csv_layout gives.
void check_layout(const Questionnaire& q, const CsvLayout& layout, const CsvOptions& options) {
  require(kCsvSeparators.find(layout.separator) != std::string_view::npos);
  require(layout.separator_detected == !options.separator.has_value());
  if (options.separator) require(layout.separator == *options.separator);
  require(layout.answer_fields.size() == q.items.size());
  std::set<std::size_t> used(layout.answer_fields.begin(), layout.answer_fields.end());
  require(used.size() == q.items.size());  // one field for each statement
  if (layout.id_field) require(used.count(*layout.id_field) == 0);
  if (layout.by_name) {
    require(layout.has_header());
    require(layout.answer_names.size() == q.items.size());
    require(layout.width == layout.names.size());
  }
  if (layout.has_header()) require(!layout.names.empty());
  if (layout.by_name || layout.has_header()) {
    for (const std::size_t f : used) require(f < layout.names.size());
  }
  if (!layout.by_name) {
    for (const std::size_t f : used) require(f < layout.width);
    if (layout.id_field) require(*layout.id_field < layout.width);
  }
  if (options.id_column) require(layout.id_field.has_value());
}

// The first two lines decide_csv_layout is meant for, found the simple way: after a byte-order
// mark, not blank, quotes closed for some separator.
std::vector<std::string_view> first_lines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string_view> out;
  while (!text.empty() && out.size() < 2) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t,;") == std::string_view::npos) continue;
    if (!csv_fields(line, ',') && !csv_fields(line, ';') && !csv_fields(line, '\t')) continue;
    out.push_back(line);
  }
  return out;
}

void check_pieces(const Questionnaire& q, const CsvOptions& options, std::string_view text,
                  unsigned choice) {
  std::vector<std::string> whole;
  const auto problem = for_each_csv_row(
      q, text, [&](const CsvRow& r) { whole.push_back(describe(r)); }, options);
  whole.push_back(describe(problem));

  // The first byte chooses where the rest is cut: piece lengths cycle through its bits (1 to 16
  // bytes, or the byte's own value), so one input is read in many different splits.
  std::vector<std::string> pieces;
  const auto visit = [&](const CsvRow& r) { pieces.push_back(describe(r)); };
  CsvReader reader(q, options);
  std::size_t at = 0;
  for (unsigned k = 0; at < text.size(); ++k) {
    const std::size_t length = (choice & 0x80U) != 0 ? 1 + (choice >> (k % 4)) % 16 : choice + 1;
    reader.feed(text.substr(at, length), visit);
    at += std::min(length, text.size() - at);
  }
  reader.finish(visit);
  require(reader.rows() == static_cast<long long>(pieces.size()));
  pieces.push_back(describe(reader.problem()));
  require(pieces == whole);  // a split changed what was read
  // No row after a layout problem; an input without rows always says why.
  if (reader.rows() == 0) require(reader.problem().has_value());

  // Resumed after the first record end (where the CLI cuts its blocks) that follows the
  // decision, a reader goes on as one would.
  std::vector<std::string> resumed;
  const auto again = [&](const CsvRow& r) { resumed.push_back(describe(r)); };
  CsvReader first(q, options);
  CsvRecordEnds records;
  std::size_t cut = 0;
  for (std::size_t pos = 0; pos < text.size() && !first.layout() && !first.problem();) {
    const std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) break;
    if (records.end_line(text.substr(pos, end - pos)) > 0) {
      first.feed(text.substr(cut, end + 1 - cut), again);
      cut = end + 1;
    }
    pos = end + 1;
  }
  if (first.layout() && !first.problem() && cut < text.size()) {
    CsvReader rest(q, first.lines(), *first.layout());
    rest.feed(text.substr(cut), again);
    rest.finish(again);
    whole.pop_back();  // the input's problem is the caller's to say across its readers
    require(resumed == whole);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  static const Questionnaire builtin = builtin_questionnaire();  // parse once, not per input
  static const Questionnaire small = load_questionnaire(kSmall).value();
  if (size == 0) return 0;
  const unsigned choice = data[0];
  const Questionnaire& q = choice >= 192 ? small : builtin;
  const CsvOptions options = options_of(choice);
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)score_csv(q, text, options);
  check_pieces(q, options, text, choice);

  // The layout from the first lines, directly: either a problem, or a layout that holds together.
  const auto lines = first_lines(text);
  if (!lines.empty()) {
    const std::optional<std::string_view> second =
        lines.size() > 1 ? std::optional<std::string_view>(lines[1]) : std::nullopt;
    const auto layout = decide_csv_layout(q, lines[0], second, options);
    if (layout) check_layout(q, layout.value(), options);
    for (const char sep : kCsvSeparators) {
      const auto fields = csv_fields(lines[0], sep);
      if (!fields) continue;
      // The first cells only: statement_named costs some microseconds a cell (it normalizes
      // every statement's names again), many more under the sanitizers, and the engine's own
      // reads above have named every cell of a header already.
      for (std::size_t c = 0; c < std::min<std::size_t>(fields->size(), 4); ++c) {
        const std::string& f = (*fields)[c];
        const auto named = statement_named(q, f);
        require(!named || *named < q.items.size());
        // Normalizing twice changes nothing, so a name and its normal form name the same
        // statement (in text that is UTF-8: dropping a byte may join the pieces of a mark).
        if (utf8(f)) {
          const std::string once = normalize_column_name(f);
          require(normalize_column_name(once) == once);
          require(statement_named(q, once) == named);
        }
      }
      // Empty cells at the end are dropped: the last field has something in it.
      if (!fields->empty()) {
        require(fields->back().find_first_not_of(' ') != std::string::npos);
      }
    }
  }
  return 0;
}
