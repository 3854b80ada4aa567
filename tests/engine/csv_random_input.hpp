#pragma once
// Hostile CSV inputs from a seed, for the tests that read one text in many ways
// (csv_stream_test.cpp): whole, in random pieces, and resumed where a reader stood.
#include <random>
#include <string>
#include <vector>

#include "csv_test_support.hpp"

namespace test {

using namespace crossroads;

struct Input {
  std::string text;
  CsvOptions options;
};

// A hostile CSV from a seed: comma, semicolon or tab; ids or not; no header, a header by place, a
// numbers header, or a forms tool's header naming the statements by prompt in a shuffled order
// among other columns (sometimes missing one: a layout problem); CRLF or LF, a byte-order mark,
// blank lines, quoted fields holding every separator and "" pairs, bad cells, short and long
// rows, trailing separators, unclosed quotes, sometimes no final newline; and sometimes options
// (a separator, right or wrong; an id column, there or not).
inline Input random_csv(std::mt19937& random) {
  const auto& q = test::builtin();
  const auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
  const char sep = kCsvSeparators[random() % kCsvSeparators.size()];
  const std::string nl = chance(50) ? "\r\n" : "\n";
  std::string text = chance(30) ? "\xEF\xBB\xBF" : "";
  // The columns: -1 the id, -2 another column, else a statement's index.
  std::vector<int> columns;
  std::vector<std::string> names;
  const int header = static_cast<int>(random() % 4);  // none, by place, numbers, by name
  const bool ids = chance(60);
  if (header == 3) {
    columns = {-2, -2};
    names = {"Timestamp", "\"E-mail; address\""};
    std::vector<int> order(15);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    if (chance(10)) order.pop_back();  // a statement no column names
    for (const int i : order) {
      columns.push_back(i);
      names.push_back("\"" + q.items[static_cast<std::size_t>(i)].prompt + "\"");
    }
    if (ids) {
      columns.insert(columns.begin() + 1, -1);
      names.insert(names.begin() + 1, "ID");
    }
    if (chance(50)) {
      columns.push_back(-2);
      names.emplace_back("Comments");
    }
  } else {
    if (ids) columns.push_back(-1);
    for (int i = 0; i < 15; ++i) columns.push_back(i);
    if (ids) names.emplace_back("id");
    for (int i = 1; i <= 15; ++i) {
      names.push_back(header == 2 ? std::to_string(i) : std::string(1, static_cast<char>('a' + i)));
    }
  }
  const std::string trailing = chance(20) ? std::string(1 + random() % 3, sep) : "";
  if (header > 0) text += test::cells(names, sep) + trailing + nl;
  const std::vector<std::string> odd{"",      " 5 ",     "7.0",        "7.5",  "abc",       "11",
                                     "\"3\"", "\"a,b\"", "\"x\"\"y\"", "=1+1", "\"a;b\tc\""};
  const std::vector<std::string> odd_ids{
      "\"Smith, J\"", "\"say \"\"hi\"\"\"", "", "\"\"", "\"open", "-2", "=cmd", "\"x;y\tz\""};
  const int rows = static_cast<int>(random() % 40);
  for (int r = 0; r < rows; ++r) {
    if (chance(5)) {
      text += chance(50) ? nl : std::string(" ") + sep + "\t" + sep + nl;
      continue;
    }
    std::vector<std::string> cells;
    for (const int c : columns) {
      if (c == -1) {
        cells.push_back(chance(85) ? "p" + std::to_string(r) : odd_ids[random() % odd_ids.size()]);
      } else if (c == -2) {
        cells.emplace_back(chance(50) ? "\"note, with; separators\"" : "2026-11-30 9:00");
      } else {
        cells.push_back(chance(95) ? std::to_string(random() % 11) : odd[random() % odd.size()]);
      }
    }
    if (chance(8)) cells.resize(random() % 18);
    text += test::cells(cells, sep) + (chance(20) ? trailing : "") + nl;
  }
  if (chance(30)) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  }
  Input input{text, {}};
  if (chance(10)) input.options.separator = kCsvSeparators[random() % kCsvSeparators.size()];
  if (chance(10)) {
    const std::vector<std::string> id_names{"id",       "Timestamp", "E-mail address",
                                            "Comments", "b",         "Nope"};
    input.options.id_column = id_names[random() % id_names.size()];
  }
  return input;
}

}  // namespace test
