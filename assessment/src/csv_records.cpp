// Where the records of a CSV text end (csv_records.hpp).
#include "crossroads/csv_records.hpp"

namespace crossroads {
namespace {

// A record whose quoted field is still open ends at this many lines anyway, so a quote never
// closed costs at most these lines, all named in the row's message (CsvRecordEnds).
constexpr int kMaxRecordLines = 50;

bool is_any_separator(char c) {
  return c == ',' || c == ';' || c == '\t';
}

}  // namespace

void CsvRecordEnds::scan(std::string_view text) {
  // From quote to quote: only quotes change the state, and the byte before a quote tells whether
  // it opens a field.
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    if (state_ == State::quote_seen) {
      // A doubled quote is a quote in the field's text; anything else follows the closing one.
      state_ = text[i] == '"' ? State::quoted : State::plain;
      i += state_ == State::quoted ? 1 : 0;
      continue;
    }
    const std::size_t quote = text.find('"', i);
    if (state_ == State::quoted) {
      if (quote == std::string_view::npos) return;
      state_ = State::quote_seen;
    } else if (quote == std::string_view::npos) {
      state_ = is_any_separator(text[size - 1]) ? State::field_start : State::plain;
      return;
    } else {
      const bool opens =
          quote == 0 ? state_ == State::field_start : is_any_separator(text[quote - 1]);
      state_ = opens ? State::quoted : State::plain;
    }
    i = quote + 1;
  }
}

int CsvRecordEnds::end_line(std::string_view line) {
  // Nearly every line of a big file: no quote, and none open.
  if (state_ != State::quoted || line.find('"') != std::string_view::npos) scan(line);
  if (state_ == State::quoted && lines_ + 1 < kMaxRecordLines) {
    ++lines_;
    return 0;
  }
  const int lines = lines_ + 1;
  reset();
  return lines;
}

void CsvRecordEnds::partial(std::string_view rest) {
  scan(rest);
}

std::size_t CsvRecordEnds::last_end(std::string_view text) {
  // Most files have no quote at all: then every newline ends a record.
  if (state_ != State::quoted && state_ != State::quote_seen &&
      text.find('"') == std::string_view::npos) {
    const std::size_t last = text.rfind('\n');
    if (last == std::string_view::npos) {
      scan(text);
      return last;
    }
    reset();
    scan(text.substr(last + 1));
    return last + 1;
  }
  std::size_t last = std::string_view::npos;
  std::size_t pos = 0;
  for (std::size_t end = text.find('\n'); end != std::string_view::npos;
       end = text.find('\n', pos)) {
    if (end_line(text.substr(pos, end - pos)) > 0) last = end + 1;
    pos = end + 1;
  }
  partial(text.substr(pos));
  return last;
}

}  // namespace crossroads
