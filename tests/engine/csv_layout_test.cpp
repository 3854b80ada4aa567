// decide_csv_layout: separators, headers, columns by name, the id column (csv_layout.hpp), and the
// pieces it is made of (csv_fields, no_data_rows). Column names: csv_names_test.cpp. Whole inputs
// read with these layouts: csv_reader_test.cpp.
#include "crossroads/csv_layout.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <functional>
#include <numeric>

#include "csv_test_support.hpp"

using namespace crossroads;
using test::cells;
using test::contains;
using test::id_column;
using test::join;
using test::kA;
using test::kB;
using test::separator;

namespace {

using Fields = std::optional<std::vector<std::string>>;
using Indexes = std::vector<std::size_t>;

using test::kEllipsis;

Fields fields(std::vector<std::string> v) {
  return v;
}

// `count` consecutive field indexes from `from`
Indexes run(std::size_t from, std::size_t count) {
  Indexes out(count);
  std::iota(out.begin(), out.end(), from);
  return out;
}

// "q1" .. "q15" (or another prefix), in statement order.
std::vector<std::string> numbered(const std::string& prefix, int n = 15) {
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

std::vector<std::string> with(std::string first, std::vector<std::string> rest) {
  rest.insert(rest.begin(), std::move(first));
  return rest;
}

template <class T>
std::vector<T> reversed(std::vector<T> v) {
  std::reverse(v.begin(), v.end());
  return v;
}

Expected<CsvLayout, AnswerError> decide(const std::string& first,
                                        const std::optional<std::string>& second = std::nullopt,
                                        const CsvOptions& options = {},
                                        const Questionnaire& q = test::builtin()) {
  std::optional<std::string_view> b;
  if (second) b = *second;
  return decide_csv_layout(q, first, b, options);
}

// The layout of lines that must be readable.
CsvLayout decided(const std::string& first, const std::optional<std::string>& second = std::nullopt,
                  const CsvOptions& options = {}, const Questionnaire& q = test::builtin()) {
  auto layout = decide(first, second, options, q);
  if (!layout) FAIL("layout refused: " << layout.error().message);
  return layout.value();
}

// The problem of lines that must be refused.
AnswerError refused(const std::string& first,
                    const std::optional<std::string>& second = std::nullopt,
                    const CsvOptions& options = {}, const Questionnaire& q = test::builtin()) {
  auto layout = decide(first, second, options, q);
  if (layout) FAIL("layout accepted, separator '" << layout.value().separator << "'");
  return layout.error();
}

// A forms tool's header: Timestamp, Email address, the statements' prompts last to first, a
// comments column; and a row of it (answers kA in statement order).
std::string forms_header(char sep = ',') {
  return cells(with("Timestamp", with("Email address", reversed(test::prompts(test::builtin())))),
               sep) +
         sep + "Any comments?";
}

std::string forms_row(char sep = ',') {
  std::vector<std::string> answers;
  for (auto it = kA.rbegin(); it != kA.rend(); ++it) answers.push_back(std::to_string(*it));
  return cells(with("2026/11/02 9:00:00", with("ana@example.org", answers)), sep) + sep +
         "\"Fine, thanks; really\"";
}

}  // namespace

// --- csv_fields ------------------------------------------------------------------------------

TEST_CASE("csv_fields splits at the separator it is given, and only there", "[csv][layout]") {
  CHECK(csv_fields("a,b,c", ',') == fields({"a", "b", "c"}));
  CHECK(csv_fields("a;b;c", ';') == fields({"a", "b", "c"}));
  CHECK(csv_fields("a\tb\tc", '\t') == fields({"a", "b", "c"}));
  CHECK(csv_fields("a;b\tc", ',') == fields({"a;b\tc"}));
  CHECK(csv_fields("a,b\tc", ';') == fields({"a,b\tc"}));
  CHECK(csv_fields("a,b;c", '\t') == fields({"a,b;c"}));
  // Empty cells inside a line are kept: they are a statement left unanswered.
  CHECK(csv_fields("a,,b", ',') == fields({"a", "", "b"}));
  CHECK(csv_fields(",a", ',') == fields({"", "a"}));
}

TEST_CASE("csv_fields: a quoted field holds any separator, and \"\" is one quote",
          "[csv][layout]") {
  CHECK(csv_fields("\"x,y;z\tw\",\"say \"\"hi\"\"\",3", ',') ==
        fields({"x,y;z\tw", "say \"hi\"", "3"}));
  CHECK(csv_fields("\"x,y;z\tw\";\"\"\"\";3", ';') == fields({"x,y;z\tw", "\"", "3"}));
  CHECK(csv_fields("\"x,y;z\tw\"\t\"\"\t3", '\t') == fields({"x,y;z\tw", "", "3"}));
}

TEST_CASE("csv_fields drops the empty cells at the end of a line", "[csv][layout]") {
  // Spreadsheets write empty trailing cells as separators at the end of every line.
  CHECK(csv_fields("a,b,", ',') == fields({"a", "b"}));
  CHECK(csv_fields("a,b,,, ,  ", ',') == fields({"a", "b"}));
  CHECK(csv_fields("a;b;;", ';') == fields({"a", "b"}));
  CHECK(csv_fields("a\tb\t\t", '\t') == fields({"a", "b"}));
  // Only those at the end: the empty cells before a filled one stay.
  CHECK(csv_fields("a,,,b,", ',') == fields({"a", "", "", "b"}));
  // A line of nothing has no fields at all.
  CHECK(csv_fields("", ',') == fields({}));
  CHECK(csv_fields(",,,", ',') == fields({}));
  CHECK(csv_fields(" ; ;", ';') == fields({}));
}

TEST_CASE("csv_fields: a quote left open is no fields", "[csv][layout]") {
  CHECK_FALSE(csv_fields("a,\"b,c", ',').has_value());
  CHECK_FALSE(csv_fields("\"", ',').has_value());
  CHECK_FALSE(csv_fields("a;\"b\"\";c", ';').has_value());  // "" inside quotes is no end
  CHECK_FALSE(csv_fields("\"a\tb", '\t').has_value());
}

// --- normalize_column_name, statement_named -----------------------------------------------------

TEST_CASE("without a header, one field more than there are statements is an id column",
          "[csv][layout]") {
  const auto with_id = decided("alice," + join(kA), "bob," + join(kB));
  CHECK(with_id.separator == ',');
  CHECK(with_id.separator_detected);
  CHECK_FALSE(with_id.has_header());
  CHECK_FALSE(with_id.by_name);
  CHECK(with_id.id_field == 0U);
  CHECK(with_id.answer_fields == run(1, 15));
  CHECK(with_id.width == 16U);
  CHECK(with_id.names.empty());
  CHECK(with_id.answer_names.empty());

  const auto no_id = decided(join(kA), join(kB));
  CHECK_FALSE(no_id.has_header());
  CHECK_FALSE(no_id.id_field.has_value());
  CHECK(no_id.answer_fields == run(0, 15));
  CHECK(no_id.width == 15U);
}

TEST_CASE("a single row of each separator, with and without an id column", "[csv][layout]") {
  for (const char sep : kCsvSeparators) {
    for (const bool id : {true, false}) {
      CAPTURE(sep, id);
      const auto layout = decided((id ? std::string("ana") + sep : "") + join(kA, {sep}));
      CHECK(layout.separator == sep);
      CHECK(layout.separator_detected);
      CHECK_FALSE(layout.has_header());  // numbers: a data row, never a header
      CHECK(layout.id_field == (id ? std::optional<std::size_t>(0) : std::nullopt));
      CHECK(layout.answer_fields == run(id ? 1 : 0, 15));
      CHECK(layout.width == (id ? 16U : 15U));
    }
  }
}

TEST_CASE("quoted fields holding the other separators do not mislead the detection",
          "[csv][layout]") {
  for (const char sep : kCsvSeparators) {
    CAPTURE(sep);
    const std::string s(1, sep);
    // ids and a header whose quoted cells hold all three separators (more of the others)
    const std::string header = "\"Name, full; legal\t(as typed)\"" + s + cells(numbered("q"), sep);
    const std::string first = "\"Smith, J; \t\"" + s + join(kA, s);
    const std::string second = "\"a;b,c\t,;\"" + s + join(kB, s);
    const auto rows = decided(first, second);
    CHECK(rows.separator == sep);
    CHECK(rows.id_field == 0U);
    CHECK(rows.width == 16U);
    const auto with_header = decided(header, first);
    CHECK(with_header.separator == sep);
    CHECK(with_header.has_header());
    CHECK_FALSE(with_header.by_name);  // an id column, then the statements in order
    CHECK(with_header.id_field == 0U);
    REQUIRE(with_header.names.size() == 16U);
    CHECK(with_header.names[0] == "Name, full; legal\t(as typed)");
  }
}

TEST_CASE("a semicolon file with decimal commas is still a semicolon file", "[csv][layout]") {
  // Excel in a European locale writes 7.5 as 7,5: the row is refused for that answer, but it is
  // read with the right separator.
  const auto layout = decided("ana;7,5;" + join({1, 4, 3, 5, 5, 4, 5, 10, 10, 8, 2, 2, 8, 10}, ";"),
                              "bruno;" + join(kB, ";"));
  CHECK(layout.separator == ';');
  CHECK(layout.id_field == 0U);
  CHECK(layout.width == 16U);
}

TEST_CASE("the second line settles the separator when the first cannot", "[csv][layout]") {
  // "x" splits the same way whatever the separator: the next line has the shape of a row.
  CHECK(decided("x", "p1;" + join(kA, ";")).separator == ';');
  CHECK(decided("x", "p1\t" + join(kA, "\t")).separator == '\t');
  // A tie settles on a comma, then a semicolon.
  CHECK(decided("x").separator == ',');
  CHECK(decided("x", "y").separator == ',');
}

TEST_CASE("a header's names weigh more than the shape of its line", "[csv][layout]") {
  // Split at commas, this header has 16 fields, the shape of a row with an id; split at
  // semicolons it names all 15 statements, and that decides.
  const std::string first_cell = "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p";  // 15 commas
  const auto layout = decided(first_cell + ";" + cells(numbered("q"), ';'), "ana;" + join(kA, ";"));
  CHECK(layout.separator == ';');
  CHECK(layout.has_header());
  CHECK(layout.id_field == 0U);
  REQUIRE_FALSE(layout.names.empty());
  CHECK(layout.names[0] == first_cell);
}

TEST_CASE("CsvOptions::separator overrides the detection", "[csv][layout]") {
  const auto tab = decided("ana\t" + join(kA, "\t"), std::nullopt, separator('\t'));
  CHECK(tab.separator == '\t');
  CHECK_FALSE(tab.separator_detected);
  CHECK(tab.id_field == 0U);
  // A semicolon file read as commas: each line is one field, a data row (it has no names and
  // not the shape of a header), so each row is reported rather than dropped.
  const auto comma =
      decided("Name;" + cells(numbered("Q"), ';'), "ana;" + join(kA, ";"), separator(','));
  CHECK(comma.separator == ',');
  CHECK_FALSE(comma.separator_detected);
  CHECK_FALSE(comma.has_header());
  // And the other way round: a comma file read as semicolons.
  const auto semicolon = decided("ana," + join(kA), "bob," + join(kB), separator(';'));
  CHECK(semicolon.separator == ';');
  CHECK_FALSE(semicolon.has_header());
}

// --- decide_csv_layout: headers ------------------------------------------------------------------

TEST_CASE("a header of n or n+1 names that name no statement is read by place, as before",
          "[csv][layout][header]") {
  const auto letters = std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g", "h",
                                                "i", "j", "k", "l", "m", "n", "o"};
  const auto id = decided(cells(with("id", letters)), "alice," + join(kA));
  CHECK(id.has_header());
  CHECK_FALSE(id.by_name);
  CHECK(id.id_field == 0U);
  CHECK(id.answer_fields == run(1, 15));
  CHECK(id.width == 16U);
  CHECK(id.names == with("id", letters));

  const auto no_id = decided(cells(numbered("s")), join(kA));
  CHECK(no_id.has_header());
  CHECK_FALSE(no_id.by_name);
  CHECK_FALSE(no_id.id_field.has_value());
  CHECK(no_id.answer_fields == run(0, 15));
  CHECK(no_id.width == 15U);
}

TEST_CASE("a header naming the statements in order, after an optional id, is read by place",
          "[csv][layout][header]") {
  // So old files keep their exact messages.
  const auto& q = test::builtin();
  std::vector<std::string> ids;
  for (const Item& item : q.items) ids.push_back(item.id);
  for (const auto& names : {numbered("q"), numbered("Q"), numbered(""), ids, test::prompts(q)}) {
    for (const bool id : {true, false}) {
      const std::string header = cells(id ? with("Name", names) : names);
      CAPTURE(header);
      const auto layout = decided(header, (id ? "ana," : "") + join(kA));
      CHECK(layout.has_header());
      CHECK_FALSE(layout.by_name);
      CHECK(layout.id_field == (id ? std::optional<std::size_t>(0) : std::nullopt));
      CHECK(layout.answer_fields == run(id ? 1 : 0, 15));
      CHECK(layout.width == (id ? 16U : 15U));
    }
  }
}

TEST_CASE("the numbers header id,1,2,...,15 names the statements by number",
          "[csv][layout][header]") {
  // 11 to 15 are off the 0-10 scale: no person answered that.
  const auto id = decided(cells(with("id", numbered(""))), "ana," + join(kA));
  CHECK(id.has_header());
  CHECK_FALSE(id.by_name);
  CHECK(id.id_field == 0U);
  CHECK(id.answer_fields == run(1, 15));
  const auto no_id = decided(cells(numbered("")), join(kA));
  CHECK(no_id.has_header());
  CHECK_FALSE(no_id.id_field.has_value());
  // Out of place, and among other columns, as a form may head them: a header by name.
  auto shuffled = numbered("");
  std::swap(shuffled[13], shuffled[14]);
  const auto out_of_place = decided(cells(with("id", shuffled)), "ana," + join(kA));
  CHECK(out_of_place.has_header());
  CHECK(out_of_place.by_name);
  CHECK(out_of_place.answer_fields[13] == 15U);
  const auto form = decided("Timestamp,Email," + cells(numbered("")), "t,e," + join(kA));
  CHECK(form.by_name);
  CHECK(form.answer_fields == run(2, 15));
  // A number twice, or one missing: a row.
  auto twice = numbered("");
  twice[0] = "2";
  CHECK_FALSE(decided(cells(with("id", twice)), "ana," + join(kA)).has_header());
  // Fewer than there are statements: a row too.
  CHECK_FALSE(decided(cells(numbered("", 10)), join(kA)).has_header());
}

TEST_CASE("a numbers header whose numbers are all on the scale is a data row",
          "[csv][layout][header][custom]") {
  // minimal.json: two statements on 1-5, so "1,2" is a person's answers.
  const auto& m = test::minimal();
  const auto plain = decided("1,2", "3,4", {}, m);
  CHECK_FALSE(plain.has_header());
  CHECK_FALSE(plain.id_field.has_value());
  const auto id = decided("id,1,2", "ana,3,4", {}, m);
  CHECK_FALSE(id.has_header());
  CHECK(id.id_field == 0U);
}

TEST_CASE("a first line with any number in it is a data row", "[csv][layout][header]") {
  const auto last = decided(cells(with("id", numbered("q", 14))) + ",7", "ana," + join(kA));
  CHECK_FALSE(last.has_header());
  CHECK(last.id_field == 0U);
  const auto in_id = decided(cells(with("7", numbered("q"))), "ana," + join(kA));
  CHECK_FALSE(in_id.has_header());
  const auto forms = decided(forms_header() + ",5", forms_row());
  CHECK_FALSE(forms.has_header());
  CHECK_FALSE(forms.by_name);
}

TEST_CASE("a header naming the statements in any order, with other columns, is read by name",
          "[csv][layout][header][names]") {
  const auto& q = test::builtin();
  const auto layout = decided(forms_header(), forms_row());
  CHECK(layout.separator == ',');
  CHECK(layout.has_header());
  CHECK(layout.by_name);
  // Timestamp, Email address and Any comments? name no statement: no column is the id.
  CHECK_FALSE(layout.id_field.has_value());
  CHECK(layout.answer_fields == reversed(run(2, 15)));
  CHECK(layout.width == 18U);
  REQUIRE(layout.names.size() == 18U);
  CHECK(layout.names[0] == "Timestamp");
  CHECK(layout.names[2] == q.items[14].prompt);  // unquoted
  CHECK(layout.names[17] == "Any comments?");
  REQUIRE(layout.answer_names.size() == 15U);
  for (std::size_t i = 0; i < 15; ++i) {
    CAPTURE(i);
    const std::string& name = layout.answer_names[i];
    const std::string& prompt = q.items[i].prompt;
    if (prompt.size() <= 40) {
      CHECK(name == prompt);
    } else {
      // cut, with an ellipsis, from the start of the prompt
      REQUIRE(name.size() > kEllipsis.size());
      CHECK(name.size() <= 40 + kEllipsis.size());
      CHECK(name.compare(name.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0);
      const std::string kept = name.substr(0, name.size() - kEllipsis.size());
      CHECK(prompt.compare(0, kept.size(), kept) == 0);
    }
  }
  // The same header from a European spreadsheet: the names settle the separator.
  const auto semicolon = decided(forms_header(';'), forms_row(';'));
  CHECK(semicolon.separator == ';');
  CHECK(semicolon.by_name);
  CHECK(semicolon.answer_fields == layout.answer_fields);
  // Trailing separators add no column.
  CHECK(decided(forms_header() + ",,", forms_row() + ",,").width == 18U);
}

TEST_CASE("a header may mix every kind of name", "[csv][layout][header][names]") {
  const auto& q = test::builtin();
  // Ids, q-numbers, prompts and short labels; not bare numbers, which make the line a row.
  std::vector<std::string> names;
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const Item& item = q.items[i];
    const std::vector<std::string> kinds{item.id, "q" + std::to_string(i + 1),
                                         "\"" + item.prompt + "\"", item.short_label};
    names.push_back(kinds[i % kinds.size()]);
  }
  const auto layout = decided(cells(with("Person", reversed(names))), "ana," + join(kA));
  CHECK(layout.by_name);
  CHECK(layout.id_field == 0U);  // the only column naming no statement, and the first
  CHECK(layout.answer_fields == reversed(run(1, 15)));
  REQUIRE(layout.answer_names.size() == 15U);
  // each column's name as the header writes it, cut when long
  CHECK(layout.answer_names[0] == "impact-1");
  CHECK(layout.answer_names[1] == "q2");
  CHECK(layout.answer_names[2] == shown_column_name(q.items[2].prompt));
  CHECK(layout.answer_names[3] == "Energising afternoon");
  // A bare number among the names: the line is a data row, as every line holding a number is.
  names[2] = "3";
  CHECK_FALSE(decided(cells(with("Person", reversed(names))), "ana," + join(kA)).has_header());
}

TEST_CASE("names are compared ignoring case, spacing and punctuation",
          "[csv][layout][header][names]") {
  const auto& q = test::builtin();
  std::vector<std::string> names;
  for (const Item& item : q.items) {
    std::string shouted;
    for (const char c : item.prompt) {
      if (c == '?' || c == ',' || c == '.') continue;  // punctuation dropped
      shouted += c == ' ' ? std::string("  ") : std::string(1, static_cast<char>(std::toupper(c)));
    }
    // typographic quotes around, a no-break space and a dash inside
    names.push_back("\xE2\x80\x9C" + shouted + "\xC2\xA0\xE2\x80\x94\xE2\x80\x9D");
  }
  const auto layout = decided(cells(with("Email", reversed(names)), ';'), "a@b;" + join(kA, ";"));
  CHECK(layout.separator == ';');
  CHECK(layout.by_name);
  CHECK(layout.answer_fields == reversed(run(1, 15)));

  // A custom questionnaire, through its ids and prompts.
  const auto& m = test::minimal();
  const auto custom = decided(
      "Timestamp,\xE2\x80\x9CWHAT would you rather learn next\xE2\x80\x9D,"
      "\xC2\xBFWhere does your best-day happen?,\xC2\xAB"
      "comments\xC2\xBB",
      "2026-11-02,4,2", {}, m);
  CHECK(custom.by_name);
  CHECK(custom.answer_fields == Indexes{2, 1});
  CHECK_FALSE(custom.id_field.has_value());  // two columns name no statement
  const auto ids = decided("B,A", "4,2", {}, m);
  CHECK(ids.has_header());
  CHECK(ids.by_name);
  CHECK(ids.answer_fields == Indexes{1, 0});
}

TEST_CASE("a header naming some statements but not all is refused, naming the missing one",
          "[csv][layout][header][names]") {
  const auto& q = test::builtin();
  const auto one = refused(cells(with("id", numbered("q", 14))), "ana," + join(kA));
  CHECK(one.code == ErrorCode::bad_file);
  CHECK(one.item == 15);
  CHECK(one.message == "No column of the header names statement 15 (\"" +
                           shown_column_name(q.items[14].prompt) +
                           "\"): head its column with growth-3, q15, 15 or the statement's words.");
  // Not a guess: the column left over is not taken for statement 1.
  auto but_first = reversed(numbered("q"));
  but_first.pop_back();  // no q1
  const auto first = refused(cells(with("Email", but_first)), "ana," + join(kA));
  CHECK(first.item == 1);
  CHECK(contains(first.message, "names statement 1 ("));
  const auto many = refused("Name,q1,q2", "ana,5,5");
  CHECK(many.item == 3);
  CHECK(contains(many.message, "names statement 3 ("));
  CHECK(contains(many.message, " (12 more statements have no column either)."));
  const auto two = refused(cells(with("Name", numbered("q", 13))), "ana," + join(kA));
  CHECK(contains(two.message, " (1 more statement has no column either)."));
  // A custom questionnaire: named with its own id.
  const auto custom = refused("Timestamp,Best day", "2026-11-02,4", {}, test::minimal());
  CHECK(custom.code == ErrorCode::bad_file);
  CHECK(custom.item == 2);
  CHECK(custom.message ==
        "No column of the header names statement 2 (\"What would you rather learn next?\"): "
        "head its column with b, q2, 2 or the statement's words.");
}

TEST_CASE("two columns naming one statement are refused", "[csv][layout][header][names]") {
  const auto& q = test::builtin();
  const auto twice = refused("q1,impact-1," + cells(numbered("q")).substr(3), join(kA) + ",5");
  CHECK(twice.code == ErrorCode::bad_file);
  CHECK(twice.item == 1);
  CHECK(twice.message == "Columns 1 (\"q1\") and 2 (\"impact-1\") both name statement 1.");
  const auto prompt_and_id = refused(
      cells(with("\"" + q.items[2].prompt + "\"", reversed(numbered("q")))), "5," + join(kA));
  CHECK(prompt_and_id.code == ErrorCode::bad_file);
  CHECK(prompt_and_id.item == 3);
}

// --- decide_csv_layout: the id column --------------------------------------------------------

TEST_CASE("by name, the id is the column named id, or the first column if it alone names none",
          "[csv][layout][id]") {
  const auto named = decided(cells(with("Timestamp", with("I.D.", with("Email", numbered("Q"))))),
                             "t,p1,e," + join(kA));
  CHECK(named.by_name);
  CHECK(named.id_field == 1U);
  CHECK(named.answer_fields == run(3, 15));
  const auto first = decided(cells(with("Person", reversed(numbered("q")))), "ana," + join(kA));
  CHECK(first.id_field == 0U);
  // One column naming no statement, but last: nothing says it is an id.
  const auto last = decided(cells(reversed(numbered("q"))) + ",Person", join(kA) + ",ana");
  CHECK(last.by_name);
  CHECK_FALSE(last.id_field.has_value());
}

TEST_CASE("CsvOptions::id_column picks the id column by its name", "[csv][layout][id]") {
  const auto email = decided(forms_header(), forms_row(), id_column("Email address"));
  CHECK(email.by_name);
  CHECK(email.id_field == 1U);
  CHECK(decided(forms_header(), forms_row(), id_column("e-mail ADDRESS")).id_field == 1U);
  CHECK(decided(forms_header(), forms_row(), id_column("Timestamp")).id_field == 0U);
  CHECK(decided(forms_header(), forms_row(), id_column("Any comments?")).id_field == 17U);
  // A header by place: the named column, here the one the rules would pick anyway.
  const auto by_place =
      decided(cells(with("Name", numbered("q"))), "ana," + join(kA), id_column("name"));
  CHECK_FALSE(by_place.by_name);
  CHECK(by_place.id_field == 0U);
}

TEST_CASE("CsvOptions::id_column that cannot be used is refused", "[csv][layout][id]") {
  const auto& q = test::builtin();
  SECTION("no column of that name") {
    const auto e = refused(forms_header(), forms_row(), id_column("Nope"));
    CHECK(e.code == ErrorCode::bad_file);
    CHECK(e.message == "The header has no column named \"Nope\" for the ids.");
  }
  SECTION("no header to name it") {
    const auto e = refused("ana," + join(kA), "bob," + join(kB), id_column("id"));
    CHECK(e.code == ErrorCode::bad_file);
    CHECK(e.message == "The first line is not a header, so no column is named \"id\" for the ids.");
  }
  SECTION("a statement's column") {
    const auto prompt = refused(forms_header(), forms_row(), id_column(q.items[0].prompt));
    CHECK(prompt.code == ErrorCode::bad_file);
    CHECK(prompt.item == 1);
    CHECK(contains(prompt.message, "holds the answers to statement 1, so it cannot hold the ids."));
    CHECK(refused(cells(with("id", numbered("q"))), "ana," + join(kA), id_column("q3")).message ==
          "The column \"q3\" holds the answers to statement 3, so it cannot hold the ids.");
    // "q3" names statement 3, whose column the forms header heads with its words
    CHECK(refused(forms_header(), forms_row(), id_column("q3")).item == 3);
    // by place: the second column holds statement 1
    CHECK(refused("id,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o", "ana," + join(kA), id_column("a")).item == 1);
  }
}

// --- no_data_rows ----------------------------------------------------------------------------

TEST_CASE("no_data_rows says whether the input was empty or only a header", "[csv][layout]") {
  const auto empty = no_data_rows(std::nullopt);
  CHECK(empty.message == "The file has no data rows: it is empty.");
  CHECK(empty.item == 0);
  CsvLayout header;
  header.header_line = 1;
  CHECK(no_data_rows(header).message == "The file has no data rows, only a header (line 1).");
  header.header_line = 4;
  CHECK(no_data_rows(header).message == "The file has no data rows, only a header (line 4).");
  CHECK(no_data_rows(header).code == empty.code);
}

TEST_CASE("a separator that leaves the first line whole never wins", "[csv][layout]") {
  // Two short rows first: comma fits neither, but semicolon "agrees" on one field each.
  std::vector<int> fourteen(kA.begin(), kA.end() - 1);
  std::vector<int> thirteen(kA.begin(), kA.end() - 2);
  const auto layout = decided(join(fourteen), join(thirteen));
  CHECK(layout.separator == ',');
  CHECK(layout.width == 15U);
}

TEST_CASE("a header of a row's shape with one cell naming nothing is still read by place",
          "[csv][layout][header]") {
  // A typo (Q41) among names in their own places: read by place as the build before names did,
  // rather than stop the whole file.
  auto names = numbered("Q");
  names[13] = "Q41";
  const auto typo = decided(cells(with("Name", names)), "ana," + join(kA));
  CHECK(typo.has_header());
  CHECK_FALSE(typo.by_name);
  CHECK(typo.id_field == 0U);
  CHECK(typo.answer_fields == run(1, 15));
  // Out of place, the same names are read by name, and the missing one is an error.
  std::swap(names[0], names[1]);
  CHECK(refused(cells(with("Name", names)), "ana," + join(kA)).item == 14);
}

TEST_CASE("an id column named by punctuation only is found as it is", "[csv][layout][id]") {
  CsvOptions options;
  options.id_column = "#";
  const auto layout = decided("Timestamp,#," + cells(numbered("q")), "t,7," + join(kA), options);
  CHECK(layout.id_field == 1U);
}
