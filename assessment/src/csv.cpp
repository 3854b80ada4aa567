#include "crossroads/csv.hpp"

#include <algorithm>

namespace crossroads {
namespace {

// Splits one line into fields, honouring double quotes; false when a quote is left open.
bool split_fields(std::string_view line, std::vector<std::string>& fields, std::size_t& count) {
  count = 0;
  std::size_t i = 0;
  while (true) {
    if (fields.size() <= count) fields.emplace_back();
    std::string& field = fields[count++];
    field.clear();
    if (i < line.size() && line[i] == '"') {
      ++i;
      while (true) {
        if (i >= line.size()) return false;
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(line[i++]);
      }
      while (i < line.size() && line[i] != ',') field.push_back(line[i++]);
    } else {
      const std::size_t end = std::min(line.find(',', i), line.size());
      field.assign(line.substr(i, end - i));
      i = end;
    }
    if (i >= line.size()) return true;
    ++i;  // the comma
  }
}

bool looks_numeric(const std::string& field) {
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
  std::vector<std::string> fields;
  std::size_t count = 0;
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
    const bool closed = split_fields(line, fields, count);
    const bool has_id = count == n + 1;
    const std::size_t skip = has_id ? 1 : 0;
    row.id = has_id ? fields[0] : std::to_string(line_number);
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
      for (std::size_t i = skip; i < count; ++i) row.answers.push_back(RawAnswer::from_token(fields[i]));
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
    return out + cell(outcome.error().message) + "\n";
  }
  const Result& r = outcome.value();
  out += "," + std::to_string(r.total) + "," + cell(q.bands[r.band].id);
  for (const ThemeScore& t : r.themes) out += "," + std::to_string(t.score);
  out += ",";
  out += shape_name(r.shape);
  out += "," + (r.margin ? std::to_string(r.margin->points) : std::string()) + ",\n";
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
