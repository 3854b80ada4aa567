// decide_csv_layout on a first line that may be a header: read by place or by name, headers of
// numbers, first lines that are rows, names compared loosely, statements unnamed or named twice.
#include <catch2/catch.hpp>

#include "csv_layout_support.hpp"

using namespace crossroads;
using namespace test::layout;
using test::cells;
using test::contains;
using test::id_column;
using test::join;
using test::kA;
using test::kB;
using test::kEllipsis;
using test::separator;

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
