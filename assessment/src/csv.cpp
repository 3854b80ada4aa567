#include "crossroads/csv.hpp"

#include <algorithm>
#include <deque>

namespace crossroads {
namespace {

// Splits one line into fields, honouring double quotes; false when a quote is left open.
// Fields are views into the line, or into `unescaped` for quoted fields holding "" pairs.
bool split_fields(std::string_view line, std::vector<std::string_view>& fields,
                  std::deque<std::string>& unescaped) {
  fields.clear();
  unescaped.clear();
  std::size_t i = 0;
  while (true) {
    if (i < line.size() && line[i] == '"') {
      const std::size_t start = ++i;
      bool doubled = false;
      while (true) {
        if (i >= line.size()) return false;
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
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
      i = std::min(line.find(',', i), line.size());
    } else {
      const std::size_t end = std::min(line.find(',', i), line.size());
      fields.push_back(line.substr(i, end - i));
      i = end;
    }
    if (i >= line.size()) return true;
    ++i;  // the comma
  }
}

bool looks_numeric(std::string_view field) {
  return RawAnswer::from_token(field).kind == RawAnswer::Kind::number;
}

// Spreadsheets run cells that start with these as formulas; a leading quote keeps them text.
std::string cell(std::string_view text) {
  std::string out;
  if (!text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos) {
    out.push_back('\'');
  }
  out.append(text);
  if (out.find_first_of(",\"\r\n") == std::string::npos) return out;
  std::string quoted = "\"";
  for (const char c : out) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c == '\r' || c == '\n' ? ' ' : c);
  }
  return quoted + "\"";
}

}  // namespace

void for_each_csv_row(const Questionnaire& q, std::string_view text,
                      const std::function<void(const CsvRow&)>& visit) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // byte-order mark
  const std::size_t n = q.items.size();
  std::vector<std::string_view> fields;
  std::deque<std::string> unescaped;
  CsvRow row;
  bool first = true;
  int line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t,") == std::string_view::npos) continue;  // blank line

    row.line = line_number;
    row.problem.reset();
    row.answers.clear();
    const bool closed = split_fields(line, fields, unescaped);
    const std::size_t count = fields.size();
    const bool has_id = count == n + 1;
    const std::size_t skip = has_id ? 1 : 0;
    row.id = has_id ? std::string(fields[0]) : std::to_string(line_number);
    if (first) {
      first = false;
      const bool any_number = std::any_of(fields.begin() + static_cast<long>(skip),
                                          fields.begin() + static_cast<long>(count), looks_numeric);
      if (!any_number) continue;  // a header row
    }
    if (!closed) {
      row.problem = AnswerError{ErrorCode::bad_file, 0,
                                "Line " + std::to_string(line_number) + ": a quote is not closed."};
    } else if (count != n && count != n + 1) {
      row.problem = AnswerError{ErrorCode::answer_count, 0,
                                "Line " + std::to_string(line_number) + ": expected " +
                                    std::to_string(n) + " answers (optionally after an id), got " +
                                    std::to_string(count) + " values."};
    } else {
      for (std::size_t i = skip; i < count; ++i)
        row.answers.push_back(RawAnswer::from_token(fields[i]));
    }
    visit(row);
  }
}

std::string csv_header(const Questionnaire& q) {
  std::string out = "id,total,band";
  for (const Theme& t : q.themes) out += "," + cell(t.id);
  return out + ",shape,margin,error\n";
}

std::string csv_line(const Questionnaire& q, const std::string& id,
                     const Expected<Result, AnswerError>& outcome) {
  std::string out = cell(id);
  if (!outcome) {
    out.append(q.themes.size() + 5, ',');
    out += cell(outcome.error().message);
    out += '\n';
    return out;
  }
  const Result& r = outcome.value();
  const auto number = [&out](int n) {
    out += ',';
    out += std::to_string(n);
  };
  number(r.total);
  out += ',';
  out += cell(q.bands[r.band].id);
  for (const ThemeScore& t : r.themes) number(t.score);
  out += ',';
  out += shape_name(r.shape);
  if (r.margin) {
    number(r.margin->points);
  } else {
    out += ',';
  }
  out += ",\n";
  return out;
}

std::string score_csv(const Questionnaire& q, std::string_view text) {
  std::string out = csv_header(q);
  for_each_csv_row(q, text, [&](const CsvRow& row) {
    if (row.problem) {
      out += csv_line(q, row.id, Expected<Result, AnswerError>::failure(*row.problem));
    } else {
      out += csv_line(q, row.id, score(q, row.answers));
    }
  });
  return out;
}

}  // namespace crossroads
