// Reading CSV input, whole or in pieces: lines, fields, the header and the id column.
#include <algorithm>

#include "crossroads/csv.hpp"

namespace crossroads {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// --- What the reader says about a row it cannot split into answers (every sentence here). ---
AnswerError unclosed_quote(int line) {
  return {ErrorCode::bad_file, 0, "Line " + std::to_string(line) + ": a quote is not closed."};
}

AnswerError wrong_count(int line, std::size_t expected, std::size_t got) {
  return {ErrorCode::answer_count, 0,
          "Line " + std::to_string(line) + ": expected " + std::to_string(expected) +
              " answers, got " + std::to_string(got) + "."};
}

// Splits a line at its commas; false when it holds a quote (split_fields reads those). Nearly
// every line of a big file takes this path, so it records each comma's place without a branch
// per byte: a branch at each field's end would be mispredicted on most fields (answers of one and
// two digits alternate at random).
bool split_plain(std::string_view line, std::vector<std::string_view>& fields,
                 std::vector<std::size_t>& commas) {
  if (commas.size() < line.size() + 1) commas.resize(line.size() + 1);  // grows, never shrinks
  std::size_t count = 0;
  bool quote = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    commas[count] = i;
    count += line[i] == ',' ? 1 : 0;
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

// Splits one line into fields, honouring double quotes; false when a quote is left open.
// Fields are views into the line, or into `unescaped` for quoted fields holding "" pairs.
bool split_fields(std::string_view line, std::vector<std::string_view>& fields,
                  std::deque<std::string>& unescaped) {
  fields.clear();
  unescaped.clear();
  const std::size_t size = line.size();
  std::size_t i = 0;
  while (true) {
    if (i < size && line[i] == '"') {
      const std::size_t start = ++i;
      bool doubled = false;
      while (true) {
        if (i >= size) return false;
        if (line[i] == '"') {
          if (i + 1 < size && line[i + 1] == '"') {
            doubled = true;
            i += 2;
            continue;
          }
          break;
        }
        ++i;
      }
      std::string_view field = line.substr(start, i - start);
      ++i;  // closing quote; anything up to the next comma is ignored
      if (doubled) {
        std::string& text = unescaped.emplace_back();
        for (std::size_t k = 0; k < field.size(); ++k) {
          text.push_back(field[k]);
          if (field[k] == '"') ++k;
        }
        field = text;
      }
      fields.push_back(field);
      i = std::min(line.find(',', i), size);
    } else {
      // A plain loop, not find(): fields are a few bytes, shorter than a call's set-up.
      std::size_t end = i;
      while (end < size && line[end] != ',') ++end;
      fields.push_back(line.substr(i, end - i));
      i = end;
    }
    if (i >= size) return true;
    ++i;  // the comma
  }
}

bool looks_numeric(std::string_view field) {
  return RawAnswer::from_token(field).kind == RawAnswer::Kind::number;
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

CsvReader::CsvReader(const Questionnaire& q) : q_(q) {}

CsvReader::CsvReader(const Questionnaire& q, int lines, std::optional<CsvLayout> layout)
    : q_(q), line_(lines), layout_(layout), at_start_(lines == 0) {}

void CsvReader::feed(std::string_view piece, const std::function<void(const CsvRow&)>& visit) {
  if (at_start_) {
    // Gather the first three bytes (they may come one piece at a time) before deciding.
    const std::size_t take = std::min(piece.size(), kBom.size() - pending_.size());
    pending_.append(piece.substr(0, take));
    piece.remove_prefix(take);
    // Held back only while they may still be a byte-order mark, so lines() counts every line
    // the input has given (a reader resuming at lines() must not count one twice).
    if (pending_.size() < kBom.size() && kBom.substr(0, pending_.size()) == pending_) return;
    read_start(visit);
  }
  read_lines(piece, visit);
}

void CsvReader::finish(const std::function<void(const CsvRow&)>& visit) {
  if (at_start_) read_start(visit);  // fewer than three bytes in all: no byte-order mark
  if (!pending_.empty()) read_line(pending_, visit);
  pending_.clear();
}

void CsvReader::read_start(const Visit& visit) {
  at_start_ = false;
  std::string start;
  start.swap(pending_);
  if (start != kBom) read_lines(start, visit);
}

void CsvReader::read_lines(std::string_view piece, const Visit& visit) {
  std::size_t pos = 0;
  if (!pending_.empty()) {  // finish the line an earlier piece started
    const std::size_t end = piece.find('\n');
    if (end == std::string_view::npos) {
      pending_.append(piece);
      return;
    }
    pending_.append(piece.substr(0, end));
    read_line(pending_, visit);
    pending_.clear();
    pos = end + 1;
  }
  for (std::size_t end = piece.find('\n', pos); end != std::string_view::npos;
       end = piece.find('\n', pos)) {
    read_line(piece.substr(pos, end - pos), visit);
    pos = end + 1;
  }
  pending_.append(piece.substr(pos));
}

void CsvReader::read_line(std::string_view line, const Visit& visit) {
  const int number = ++line_;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t,") == std::string_view::npos) return;  // blank line

  const std::size_t n = q_.items.size();
  const bool closed =
      split_plain(line, fields_, commas_) || split_fields(line, fields_, unescaped_);
  const std::size_t count = fields_.size();
  // The first non-blank line decides the layout, and may be a header; a line with a quote left
  // open has lost its fields, so it is reported and the next line decides.
  if (!layout_ && closed) {
    layout_ = CsvLayout{count == n + 1};
    const auto answers_from = fields_.begin() + (layout_->id_column ? 1 : 0);  // count >= 1 then
    if (std::none_of(answers_from, fields_.end(), looks_numeric)) return;
  }
  const bool id_column = layout_ && layout_->id_column;

  CsvRow& row = row_;
  row.line = number;
  row.problem.reset();
  // An unclosed quote in the id leaves no id to show: the line number stands in for it.
  if (id_column && count > 0) {
    row.id.clear();  // clear and append: cheaper than assign, which allows for overlap
    row.id.append(fields_[0]);
  } else {
    set_number(row.id, number);
  }
  const std::size_t skip = id_column ? 1 : 0;
  const std::size_t answers = count > skip ? count - skip : 0;
  if (!closed) {
    row.answers.clear();
    row.problem = unclosed_quote(number);
  } else if (answers != n) {
    row.answers.clear();
    row.problem = wrong_count(number, n, answers);
  } else {
    row.answers.resize(n);
    for (std::size_t i = 0; i < n; ++i) row.answers[i].read(fields_[skip + i]);
  }
  visit(row);
}

void for_each_csv_row(const Questionnaire& q, std::string_view text,
                      const std::function<void(const CsvRow&)>& visit) {
  CsvReader reader(q);
  reader.feed(text, visit);
  reader.finish(visit);
}

}  // namespace crossroads
