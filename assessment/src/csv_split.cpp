// Splitting one CSV record into fields (csv_split.hpp).
#include "csv_split.hpp"

namespace crossroads {

Split split_fields(std::string_view line, char separator, std::vector<std::string_view>& fields,
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
        if (i >= size) return Split::quote_open;
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
      ++i;  // the closing quote
      if (doubled) {
        std::string& text = unescaped.emplace_back();
        for (std::size_t k = 0; k < field.size(); ++k) {
          text.push_back(field[k]);
          if (field[k] == '"') ++k;
        }
        field = text;
      }
      fields.push_back(field);
      while (i < size && line[i] != separator && (line[i] == ' ' || line[i] == '\t')) ++i;
      if (i < size && line[i] != separator) return Split::text_after_quote;
    } else {
      // A plain loop, not find(): fields are a few bytes, shorter than a call's set-up.
      std::size_t end = i;
      while (end < size && line[end] != separator) ++end;
      fields.push_back(line.substr(i, end - i));
      i = end;
    }
    if (i >= size) return Split::ok;
    ++i;  // the separator
  }
}

}  // namespace crossroads
