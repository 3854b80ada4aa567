// Reading CSV input, whole or in pieces: lines, fields and rows (the layout: csv_layout.cpp).
#include <algorithm>
#include <utility>

#include "crossroads/csv.hpp"
#include "csv_messages.hpp"
#include "csv_split.hpp"

namespace crossroads {
namespace {

// Records that may be held before the layout is decided, when records with a quote left open
// keep coming (those cannot decide it), and the bytes they may hold: past either, the records held
// so far decide, so memory stays bounded whatever the input.
constexpr std::size_t kMaxHeldLines = 64;
constexpr std::size_t kMaxHeldBytes = std::size_t{4} << 20U;

// Whether a field holding line breaks took in lines that look like rows (as many separators as
// there are statements, at least, after a line break): then a quote was left open and closed by
// another row's, and reading the record as one row would lose those rows without a word. A comment
// in paragraphs holds no such line.
bool takes_in_rows(const std::vector<std::string_view>& fields, char separator,
                   std::size_t statements) {
  for (const std::string_view field : fields) {
    for (std::size_t at = field.find('\n'); at != std::string_view::npos;) {
      const std::size_t end = field.find('\n', at + 1);
      const std::string_view line =
          field.substr(at + 1, end == std::string_view::npos ? end : end - at - 1);
      if (static_cast<std::size_t>(std::count(line.begin(), line.end(), separator)) >= statements) {
        return true;
      }
      at = end;
    }
  }
  return false;
}

// A line of nothing but spaces and separators of any kind is blank, whichever the separator, so
// a line is blank or not the same way before and after the layout is decided.
bool is_blank_line(std::string_view line) {
  return line.find_first_not_of(" \t,;") == std::string_view::npos;
}

// The line Excel writes first to name the separator: "sep=;".
constexpr std::string_view kSepLine = "sep=";

// Whether a record read with CsvRecordEnds left no quoted field open (else it was cut at the
// limit, and cannot tell the layout).
bool quotes_closed(std::string_view record) {
  CsvRecordEnds ends;
  ends.partial(record);
  return !ends.in_quotes();
}

// Splits a line at its separators; false when it holds a quote (split_fields reads those). Nearly
// every line of a big file takes this path, so it records each comma's place without a branch
// per byte: a branch at each field's end would be mispredicted on most fields (answers of one and
// two digits alternate at random).
bool split_plain(std::string_view line, char separator, std::vector<std::string_view>& fields,
                 std::vector<std::size_t>& commas) {
  if (commas.size() < line.size() + 1) commas.resize(line.size() + 1);  // grows, never shrinks
  std::size_t count = 0;
  bool quote = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    commas[count] = i;
    count += line[i] == separator ? 1 : 0;
    quote |= line[i] == '"';
  }
  if (quote) return false;
  commas[count] = line.size();  // the end of the last field
  // Assigned in place rather than pushed: a view built aside and copied in stalls the store.
  fields.resize(count + 1);
  std::size_t start = 0;
  for (std::size_t k = 0; k <= count; ++k) {
    fields[k] = std::string_view(line.data() + start, commas[k] - start);
    start = commas[k] + 1;
  }
  return true;
}

// Empty cells at the end of a line, as spreadsheets write them, are no fields.
std::size_t without_trailing_empty(const std::vector<std::string_view>& fields) {
  std::size_t count = fields.size();
  while (count > 0 && fields[count - 1].find_first_not_of(" \t") == std::string_view::npos) --count;
  return count;
}

// The line number as the id of a row without an id column, written without a temporary string.
void set_number(std::string& id, int line) {
  id.clear();
  char digits[16];
  int length = 0;
  do {
    digits[length++] = static_cast<char>('0' + line % 10);
    line /= 10;
  } while (line > 0);
  while (length > 0) id.push_back(digits[--length]);
}

}  // namespace

CsvReader::CsvReader(const Questionnaire& q, CsvOptions options)
    : q_(q), options_(std::move(options)) {}

CsvReader::CsvReader(const Questionnaire& q, int lines, CsvLayout layout)
    : q_(q), line_(lines), layout_(std::move(layout)), at_start_(lines == 0) {}

void CsvReader::feed(std::string_view piece, const std::function<void(const CsvRow&)>& visit) {
  if (at_start_) {
    // Gather the first three bytes (they may come one piece at a time) before deciding.
    const std::size_t take = std::min(piece.size(), kUtf8Bom.size() - pending_.size());
    pending_.append(piece.substr(0, take));
    piece.remove_prefix(take);
    // Held back only while they may still be a byte-order mark, so lines() counts every line
    // the input has given (a reader resuming at lines() must not count one twice).
    if (pending_.size() < kUtf8Bom.size() && kUtf8Bom.substr(0, pending_.size()) == pending_)
      return;
    read_start(visit);
  }
  read_lines(piece, visit);
}

void CsvReader::finish(const std::function<void(const CsvRow&)>& visit) {
  if (at_start_) read_start(visit);  // fewer than three bytes in all: no byte-order mark
  if (!pending_.empty()) {
    // A quote left open to the end may have taken the input's last newline in.
    std::string_view last = pending_;
    int lines = records_.lines() + 1;
    if (last.back() == '\n') {
      last.remove_suffix(1);
      --lines;
    }
    read_line(last, lines, visit);
  }
  pending_.clear();
  records_.reset();
  if (!layout_ && !problem_ && !held_.empty()) decide(visit);
  if (!problem_ && rows_ == 0) problem_ = no_data_rows(layout_);
}

void CsvReader::read_start(const Visit& visit) {
  at_start_ = false;
  std::string start;
  start.swap(pending_);
  if (start != kUtf8Bom) read_lines(start, visit);
}

void CsvReader::read_lines(std::string_view piece, const Visit& visit) {
  std::size_t pos = 0;
  for (std::size_t end = piece.find('\n'); end != std::string_view::npos;
       end = piece.find('\n', pos)) {
    const std::string_view line = piece.substr(pos, end - pos);
    pos = end + 1;
    const int lines = records_.end_line(line);
    if (lines == 0) {  // a quoted field goes on in the next line
      pending_.append(line);
      pending_.push_back('\n');
    } else if (pending_.empty()) {
      read_line(line, lines, visit);  // nearly every line of a big file: read in place
    } else {
      pending_.append(line);
      read_line(pending_, lines, visit);
      pending_.clear();
    }
  }
  const std::string_view rest = piece.substr(pos);
  records_.partial(rest);
  pending_.append(rest);
}

void CsvReader::read_line(std::string_view line, int lines, const Visit& visit) {
  const int number = line_ + 1;
  line_ += lines;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (problem_) return;  // the layout could not be decided: nothing more is read
  if (!layout_) {
    hold_line(number, line, lines, visit);
    return;
  }
  if (is_blank_line(line)) return;
  read_row(number, line, lines, visit);
}

void CsvReader::hold_line(int number, std::string_view line, int lines, const Visit& visit) {
  if (is_blank_line(line)) return;
  // Excel's own line naming the separator ("sep=;"), when it comes first.
  if (held_.empty() && line.size() == kSepLine.size() + 1 &&
      line.substr(0, kSepLine.size()) == kSepLine &&
      kCsvSeparators.find(line.back()) != std::string_view::npos) {
    if (!options_.separator) {
      options_.separator = line.back();
      separator_from_file_ = true;
    }
    return;
  }
  held_.push_back({number, lines, std::string(line)});
  held_usable_ += quotes_closed(line) ? 1 : 0;
  held_bytes_ += line.size();
  if (held_usable_ == 2 || held_.size() >= kMaxHeldLines || held_bytes_ >= kMaxHeldBytes) {
    decide(visit);
  }
}

void CsvReader::decide(const Visit& visit) {
  // The first two records whose quotes are closed decide. With none, nothing can tell the
  // separator, so the defaults stand (comma, no header): a record with a quote left open is not
  // read with a separator chosen because it splits it least.
  std::vector<const Held*> usable;
  for (const Held& held : held_) {
    if (quotes_closed(held.text)) usable.push_back(&held);
  }
  std::optional<std::string_view> second;
  if (usable.size() > 1) second = usable[1]->text;
  auto decided = decide_csv_layout(q_, usable.empty() ? std::string_view() : usable[0]->text,
                                   second, options_);
  if (!decided) {
    problem_ = decided.error();
    held_.clear();
    return;
  }
  layout_ = std::move(decided.value());
  if (layout_->has_header()) layout_->header_line = usable[0]->line;
  if (separator_from_file_) layout_->separator_detected = true;  // the file named it
  std::vector<Held> held;
  held.swap(held_);
  for (const Held& each : held) {
    if (each.line != layout_->header_line) read_row(each.line, each.text, each.lines, visit);
  }
}

void CsvReader::read_row(int number, std::string_view line, int lines, const Visit& visit) {
  const CsvLayout& layout = *layout_;
  const char separator = layout.separator;
  Split split = split_plain(line, separator, fields_, commas_)
                    ? Split::ok
                    : split_fields(line, separator, fields_, unescaped_);
  const std::size_t n = layout.answer_fields.size();
  if (split == Split::ok && lines > 1 && takes_in_rows(fields_, separator, n)) {
    split = Split::rows_taken_in;
  }
  const std::size_t count = without_trailing_empty(fields_);

  CsvRow& row = row_;
  ++rows_;
  row.line = number;
  row.problem.reset();
  row.answer_names = layout.by_name ? &layout.answer_names : nullptr;
  // An unclosed quote in the id leaves no id to show: the line number stands in for it.
  if (layout.id_field && *layout.id_field < count) {
    row.id.clear();  // clear and append: cheaper than assign, which allows for overlap
    row.id.append(fields_[*layout.id_field]);
  } else {
    set_number(row.id, number);
  }
  if (split != Split::ok) {
    row.answers.clear();
    row.problem = split == Split::quote_open         ? unclosed_quote(number, lines)
                  : split == Split::text_after_quote ? text_after_quote(number, lines)
                                                     : rows_taken_in(number, lines);
  } else if (!layout.by_name && (count > layout.width || fields_.size() < layout.width)) {
    // Empty cells at the end count up to the width: within it, they are blank answers.
    const std::size_t skip = layout.width - n;
    const std::size_t found = count > layout.width ? count : fields_.size();
    row.answers.clear();
    row.problem = wrong_count(number, n, found > skip ? found - skip : 0);
  } else if (layout.by_name && count > layout.width) {
    row.answers.clear();
    row.problem = too_many_values(number, layout.width, count);
  } else {
    row.answers.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t field = layout.answer_fields[i];
      row.answers[i].read(field < count ? fields_[field] : std::string_view());
    }
  }
  visit(row);
}

std::optional<AnswerError> for_each_csv_row(const Questionnaire& q, std::string_view text,
                                            const std::function<void(const CsvRow&)>& visit,
                                            const CsvOptions& options) {
  CsvReader reader(q, options);
  reader.feed(text, visit);
  reader.finish(visit);
  return reader.problem();
}

}  // namespace crossroads
