// Deciding how a CSV input is laid out: the separator, the header, the columns by name or by
// place, and the id column (csv_layout.hpp).
#include "crossroads/csv_layout.hpp"

#include <algorithm>
#include <tuple>

#include "csv_messages.hpp"
#include "csv_split.hpp"

namespace crossroads {
namespace {

// --- Reading cells ---
bool is_blank(std::string_view cell) {
  return cell.find_first_not_of(" \t") == std::string_view::npos;
}

void drop_empty_end(std::vector<std::string>& cells) {
  while (!cells.empty() && is_blank(cells.back())) cells.pop_back();
}

bool is_number(std::string_view cell) {
  return RawAnswer::from_token(cell).kind == RawAnswer::Kind::number;
}

// The widths a row may have by place (n answers, or n+1 with an id) that a line of `full` fields
// has once some of its empty cells at the end are dropped (`trimmed` once all are): none, one, or
// both. An empty cell at the end may be a blank last answer, or a spreadsheet's empty column.
std::vector<std::size_t> widths_fitting(std::size_t n, std::size_t trimmed, std::size_t full) {
  std::vector<std::size_t> widths;
  for (const std::size_t width : {n, n + 1}) {
    if (trimmed <= width && width <= full) widths.push_back(width);
  }
  return widths;
}

// Splits a line like csv_fields, keeping the empty cells at the end; nullopt as csv_fields.
std::optional<std::vector<std::string>> split_cells(std::string_view line, char separator);

// One candidate separator's reading of the first lines.
struct Reading {
  char separator = ',';
  std::optional<std::vector<std::string>> first;   // nullopt: a quote left open
  std::optional<std::vector<std::string>> second;  // nullopt: no second line, or a quote left open
  std::size_t first_full = 0;   // fields of the first line with its empty cells at the end
  std::size_t second_full = 0;  // the same, of the second
  bool header = false;
  std::vector<std::optional<std::size_t>> named;  // per cell of the first line, for a header
  std::size_t named_count = 0;                    // distinct statements named

  // Higher is likelier; see csv_layout.hpp for the order of the tests.
  [[nodiscard]] auto rank(std::size_t n) const {
    const std::size_t a = first ? first->size() : 0;
    const std::size_t b = second ? second->size() : 0;
    const bool fits_a = first && !widths_fitting(n, a, first_full).empty();
    const bool fits_b = second && (!widths_fitting(n, b, second_full).empty() ||
                                   (named_count > 0 && b > 1 && b <= a));
    // A separator that leaves the first line whole never beats one that splits it.
    const bool splits = a > 1 || n == 1;
    return std::make_tuple(first.has_value(), splits, named_count, fits_a, fits_b, second && a == b,
                           a);
  }
};

// The width of rows by place without a header, from the first two lines: the one width a line
// can have, the first line's before the second's. When a line ends in an empty cell and could
// have either, a first cell that is no number is an id (an answer would be a number).
std::size_t width_by_place(std::size_t n, const Reading& r) {
  const auto fits = [&](const std::optional<std::vector<std::string>>& cells, std::size_t full) {
    return cells ? widths_fitting(n, cells->size(), full) : std::vector<std::size_t>();
  };
  const auto id_first = [](const std::vector<std::string>& cells) {
    return !cells.empty() && !is_blank(cells[0]) && !is_number(cells[0]);
  };
  const auto a = fits(r.first, r.first_full);
  const auto b = fits(r.second, r.second_full);
  if (a.size() == 1) return a[0];
  if (a.size() == 2) return b.size() == 1 ? b[0] : id_first(*r.first) ? n + 1 : n;
  if (b.size() == 1) return b[0];
  if (b.size() == 2) return id_first(*r.second) ? n + 1 : n;
  return n;
}

// A header naming the statements by bare numbers (`id,1,2,...,15`, or a form's `Timestamp,Email,`
// then `1` to `15` in any order): its numbers are the statement numbers, each once, and one of
// them lies off the scale, so that it cannot be a row of answers. The statement each cell names by
// number, or nullopt when the line is no such header.
std::optional<std::vector<std::optional<std::size_t>>> numbers_header(
    const Questionnaire& q, const std::vector<std::string>& cells) {
  const std::size_t n = q.items.size();
  std::vector<std::optional<std::size_t>> named(cells.size());
  std::vector<bool> seen(n, false);
  bool off_scale = false;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (!is_number(cells[c])) continue;
    const std::string_view cell = cells[c];
    const auto value = small_number(cell);
    if (!value || cell[0] == '0') return std::nullopt;  // "07" is no statement's own number
    const std::size_t number = *value;
    if (number < 1 || number > n || seen[number - 1]) return std::nullopt;
    seen[number - 1] = true;
    named[c] = number - 1;
    const auto on_scale = static_cast<int>(number);
    off_scale |= on_scale < q.scale_min || on_scale > q.scale_max;
  }
  if (!off_scale || std::find(seen.begin(), seen.end(), false) != seen.end()) return std::nullopt;
  return named;
}

Reading read_with(const Questionnaire& q, const StatementNames& statements, char separator,
                  std::string_view first, std::optional<std::string_view> second) {
  Reading r;
  r.separator = separator;
  r.first = split_cells(first, separator);
  if (r.first) {
    r.first_full = r.first->size();
    drop_empty_end(*r.first);
  }
  if (second) r.second = split_cells(*second, separator);
  if (r.second) {
    r.second_full = r.second->size();
    drop_empty_end(*r.second);
  }
  if (!r.first) return r;
  const std::vector<std::string>& cells = *r.first;
  const std::size_t n = q.items.size();
  const auto numbers = numbers_header(q, cells);
  if (!numbers && std::any_of(cells.begin(), cells.end(), is_number)) return r;  // a data row
  r.named.resize(cells.size());
  std::vector<bool> seen(n, false);
  for (std::size_t c = 0; c < cells.size(); ++c) {
    r.named[c] = numbers && (*numbers)[c] ? (*numbers)[c] : statements.find(cells[c]);
    if (r.named[c] && !seen[*r.named[c]]) {
      seen[*r.named[c]] = true;
      ++r.named_count;
    }
  }
  r.header = r.named_count > 0 || cells.size() == n || cells.size() == n + 1;
  return r;
}

// The statements' columns from a header that names them; a problem when one is named by no
// column or by two.
Expected<std::vector<std::size_t>, AnswerError> columns_by_name(const Questionnaire& q,
                                                                const Reading& r) {
  const std::size_t n = q.items.size();
  std::vector<std::optional<std::size_t>> column(n);
  for (std::size_t c = 0; c < r.named.size(); ++c) {
    if (!r.named[c]) continue;
    const std::size_t s = *r.named[c];
    if (column[s]) {
      return Expected<std::vector<std::size_t>, AnswerError>::failure(
          named_twice(s, *column[s], c, *r.first));
    }
    column[s] = c;
  }
  std::vector<std::size_t> fields;
  fields.reserve(n);
  for (std::size_t s = 0; s < n; ++s) {
    if (!column[s]) {
      const auto unnamed = static_cast<std::size_t>(
          std::count_if(column.begin() + static_cast<std::ptrdiff_t>(s), column.end(),
                        [](const auto& c) { return !c.has_value(); }));
      return Expected<std::vector<std::size_t>, AnswerError>::failure(
          unnamed_statement(q, s, unnamed - 1));
    }
    fields.push_back(*column[s]);
  }
  return fields;
}

// Whether a header of a row's shape (n or n+1 cells) names each statement it names in that
// statement's own place, and most of them: then it is read by place, as before names were read,
// and a cell that names nothing (a typo, an earlier version's words) does not stop the whole file.
bool names_in_place(std::size_t n, const std::vector<std::optional<std::size_t>>& named) {
  if (named.size() != n && named.size() != n + 1) return false;
  const std::size_t skip = named.size() - n;
  std::size_t in_place = 0;
  for (std::size_t c = 0; c < named.size(); ++c) {
    if (named[c] && (c < skip || *named[c] != c - skip)) return false;
    in_place += named[c] ? 1 : 0;
  }
  return in_place > n - in_place;
}

// The id column when the person named none: a column named "id", else the one column that names
// no statement when it comes first (a name, an email), else none.
std::optional<std::size_t> default_id_field(const CsvLayout& layout) {
  if (const auto id = column_named(layout.names, "id")) {
    if (std::find(layout.answer_fields.begin(), layout.answer_fields.end(), *id) ==
        layout.answer_fields.end()) {
      return id;
    }
  }
  const std::size_t others = layout.names.size() - layout.answer_fields.size();
  const bool first_is_other = std::find(layout.answer_fields.begin(), layout.answer_fields.end(),
                                        0) == layout.answer_fields.end();
  if (others == 1 && first_is_other) return 0;
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<std::string>> csv_fields(std::string_view line, char separator) {
  auto fields = split_cells(line, separator);
  if (fields) drop_empty_end(*fields);
  return fields;
}

namespace {

std::optional<std::vector<std::string>> split_cells(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  std::deque<std::string> unescaped;
  if (split_fields(line, separator, fields, unescaped) != Split::ok) return std::nullopt;
  return std::vector<std::string>(fields.begin(), fields.end());
}

}  // namespace

Expected<CsvLayout, AnswerError> decide_csv_layout(const Questionnaire& q, std::string_view first,
                                                   std::optional<std::string_view> second,
                                                   const CsvOptions& options) {
  using Result = Expected<CsvLayout, AnswerError>;
  const std::size_t n = q.items.size();
  const StatementNames statements(q, options.extra_names);
  std::optional<Reading> best;
  for (const char separator : kCsvSeparators) {
    if (options.separator && separator != *options.separator) continue;
    Reading r = read_with(q, statements, separator, first, second);
    if (!best || r.rank(n) > best->rank(n)) best = std::move(r);
  }
  if (!best) best = read_with(q, statements, *options.separator, first, second);  // not a known one

  CsvLayout layout;
  layout.separator = best->separator;
  layout.separator_detected = !options.separator;
  const std::size_t a = best->first ? best->first->size() : 0;
  if (best->header) {
    layout.header_line = 1;  // the caller sets the line's real number
    layout.names = *best->first;
    if (best->named_count > 0 && !names_in_place(n, best->named)) {
      auto fields = columns_by_name(q, *best);
      if (!fields) return Result::failure(fields.error());
      layout.answer_fields = std::move(fields.value());
    } else {
      for (std::size_t i = 0; i < n; ++i) layout.answer_fields.push_back(a - n + i);
    }
    // Read by place when the header is the plain one: an optional id, then the statements in
    // order, nothing else.
    const std::size_t skip = a > n ? a - n : 0;
    bool in_place = skip <= 1;
    for (std::size_t i = 0; in_place && i < n; ++i) in_place = layout.answer_fields[i] == skip + i;
    layout.by_name = !in_place;
    layout.width = a;
    if (layout.by_name) {
      for (const std::size_t field : layout.answer_fields) {
        layout.answer_names.push_back(shown_column_name(layout.names[field]));
      }
    }
    if (options.id_column) {
      const auto id = column_named(layout.names, *options.id_column);
      if (!id) {
        // "q3" when the header heads that column with the statement's words: still its column.
        const auto statement = statements.find(*options.id_column);
        return Result::failure(statement ? id_is_a_statement(*options.id_column, *statement)
                                         : no_id_column(*options.id_column, true));
      }
      const auto statement =
          std::find(layout.answer_fields.begin(), layout.answer_fields.end(), *id);
      if (statement != layout.answer_fields.end()) {
        return Result::failure(
            id_is_a_statement(shown_column_name(layout.names[*id]),
                              static_cast<std::size_t>(statement - layout.answer_fields.begin())));
      }
      layout.id_field = id;
    } else {
      layout.id_field = layout.by_name ? default_id_field(layout)
                                       : (skip == 1 ? std::optional<std::size_t>(0) : std::nullopt);
    }
    return layout;
  }

  if (options.id_column) return Result::failure(no_id_column(*options.id_column, false));
  // No header: one more field than statements means an id column.
  layout.width = width_by_place(n, *best);
  if (layout.width == n + 1) layout.id_field = 0;
  const std::size_t skip = layout.width - n;
  for (std::size_t i = 0; i < n; ++i) layout.answer_fields.push_back(skip + i);
  return layout;
}

}  // namespace crossroads
