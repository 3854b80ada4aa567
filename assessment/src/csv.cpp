// Writing CSV output: one line per row, the same bytes whether a row comes through csv_line or
// CsvScorer (which scores millions of rows without allocating per row).
#include "crossroads/csv.hpp"

#include <charconv>

namespace crossroads {
namespace {

// Writes one output line straight into the output's storage: grown once to a bound the line
// cannot exceed, then cut to what was written. One resize each way per line instead of an append
// per cell, which is most of the cost of writing millions of short lines.
class LineWriter {
 public:
  LineWriter(std::string& out, std::size_t bound) : out_(out) {
    const std::size_t start = out.size();
    out.resize(start + bound);
    at_ = out.data() + start;
  }
  LineWriter(const LineWriter&) = delete;
  LineWriter& operator=(const LineWriter&) = delete;
  ~LineWriter() { out_.resize(static_cast<std::size_t>(at_ - out_.data())); }

  // The most a cell of this text can take: every character a doubled quote, two quotes around
  // and the formula guard.
  static std::size_t cell_bound(std::string_view text) { return 2 * text.size() + 3; }
  static constexpr std::size_t kNumberBound = 12;  // a comma and an int's digits and sign

  void put(char c) { *at_++ = c; }
  void put(std::string_view text) {
    text.copy(at_, text.size());
    at_ += text.size();
  }
  void commas(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) put(',');
  }
  // A comma, then the number.
  void number(int n) {
    put(',');
    at_ = std::to_chars(at_, at_ + kNumberBound, n).ptr;
  }
  // Spreadsheets run cells that start with these as formulas; a leading quote keeps them text.
  // Cells holding a comma, quote or line break are quoted, with line breaks made spaces.
  void cell(std::string_view text) {
    const bool formula =
        !text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos;
    // A plain loop rather than find_first_of, which searches the set once per character.
    bool special = false;
    for (const char c : text) special |= c == ',' || c == '"' || c == '\r' || c == '\n';
    if (!special) {
      if (formula) put('\'');
      put(text);
      return;
    }
    put('"');
    if (formula) put('\'');
    for (const char c : text) {
      if (c == '"') put('"');
      put(c == '\r' || c == '\n' ? ' ' : c);
    }
    put('"');
  }

 private:
  std::string& out_;
  char* at_;
};

void append_failure(std::string& out, const Questionnaire& q, std::string_view id,
                    std::string_view message) {
  const std::size_t empty_cells = q.themes.size() + 5;  // total, band, themes, shape and margin
  LineWriter line(out,
                  LineWriter::cell_bound(id) + empty_cells + LineWriter::cell_bound(message) + 1);
  line.cell(id);
  line.commas(empty_cells);
  line.cell(message);
  line.put('\n');
}

void append_scored(std::string& out, const Questionnaire& q, std::string_view id,
                   const Summary& s) {
  const std::string_view band = q.bands[s.band].id;
  const std::string_view shape = shape_name(s.shape);
  LineWriter line(out, LineWriter::cell_bound(id) + LineWriter::cell_bound(band) + shape.size() +
                           LineWriter::kNumberBound * (s.themes.size() + 2) + 5);
  line.cell(id);
  line.number(s.total);
  line.put(',');
  line.cell(band);
  for (const int score : s.themes) line.number(score);
  line.put(',');
  line.put(shape);
  if (s.margin) {
    line.number(s.margin->points);
  } else {
    line.put(',');
  }
  line.put(",\n");  // the empty error cell
}

}  // namespace

std::string csv_header(const Questionnaire& q) {
  std::string out = "id,total,band";
  for (const Theme& t : q.themes) {
    LineWriter line(out, 1 + LineWriter::cell_bound(t.id));
    line.put(',');
    line.cell(t.id);
  }
  return out + ",shape,margin,error\n";
}

std::string csv_line(const Questionnaire& q, const std::string& id,
                     const Expected<Result, AnswerError>& outcome) {
  std::string out;
  if (!outcome) {
    append_failure(out, q, id, outcome.error().message);
    return out;
  }
  const Result& r = outcome.value();
  Summary s;
  s.total = r.total;
  s.band = r.band;
  for (const ThemeScore& t : r.themes) s.themes.push_back(t.score);
  s.shape = r.shape;
  s.margin = r.margin;
  append_scored(out, q, id, s);
  return out;
}

CsvScorer::CsvScorer(const Questionnaire& q) : q_(q) {}

void CsvScorer::add(const CsvRow& row, std::string& out) {
  if (row.problem) {
    ++refused_;
    append_failure(out, q_, row.id, row.problem->message);
  } else if (const auto problem = check_answers(q_, row.answers, answers_, row.answer_names)) {
    ++refused_;
    append_failure(out, q_, row.id, problem->message);
  } else {
    summarize(q_, answers_, summary_);
    append_scored(out, q_, row.id, summary_);
  }
}

std::string score_csv(const Questionnaire& q, std::string_view text, const CsvOptions& options) {
  std::string out = csv_header(q);
  CsvScorer scorer(q);
  for_each_csv_row(
      q, text, [&](const CsvRow& row) { scorer.add(row, out); }, options);
  return out;
}

}  // namespace crossroads
