// Column names (csv_names.hpp): normalize_column_name, shown_column_name, statement_named (a
// statement's id, number, or words: a prompt or short label, in that order) and small_number.
#include "crossroads/csv_names.hpp"

#include <catch2/catch.hpp>
#include <functional>

#include "csv_test_support.hpp"

using namespace crossroads;
using test::kEllipsis;

TEST_CASE("normalize_column_name drops case, spacing and punctuation", "[csv][layout][names]") {
  CHECK(normalize_column_name("Q1") == "q1");
  CHECK(normalize_column_name("  Which afternoon sounds more energising to you? ") ==
        "whichafternoonsoundsmoreenergisingtoyou");
  CHECK(normalize_column_name("E-mail_Address:\t") == "emailaddress");
  CHECK(normalize_column_name("impact-1") == "impact1");
  // Typographic marks as form tools and word processors write them: “ ” ‘ ’ – — « » ¿ ¡ and a
  // no-break space.
  CHECK(normalize_column_name("\xE2\x80\x9CIt\xE2\x80\x99s\xE2\x80\x9D \xE2\x80\x98"
                              "a\xE2\x80\x99 "
                              "\xE2\x80\x93 b \xE2\x80\x94 c") == "itsabc");
  CHECK(normalize_column_name(
            "\xC2\xABQu\xC3\xA9\xC2\xA0tal\xC2\xBB \xC2\xBFya? \xC2\xA1s\xC3\xAD!") ==
        "qu\xC3\xA9talyas\xC3\xAD");  // letters beyond ASCII are kept as they are
  CHECK(normalize_column_name("").empty());
  CHECK(normalize_column_name(" ?!, ").empty());
}

TEST_CASE("normalize_column_name drops a typographic ellipsis", "[csv][layout][names]") {
  // Not in the spec's list of marks, but a forms tool keeps a question's "…" in its column, and
  // a person would expect "What do you reach for…" to name the same statement as "...".
  CHECK(normalize_column_name("reach for\xE2\x80\xA6") == normalize_column_name("reach for..."));
}

TEST_CASE("shown_column_name cuts long names with an ellipsis, never inside a character",
          "[csv][layout][names]") {
  CHECK(shown_column_name("Email address") == "Email address");
  const std::string forty(40, 'x');
  CHECK(shown_column_name(forty) == forty);
  const std::string long_name = "Which afternoon sounds more energising to you?";
  const std::string shown = shown_column_name(long_name);
  REQUIRE(shown.size() > kEllipsis.size());
  CHECK(shown.size() <= 40 + kEllipsis.size());
  CHECK(shown.substr(shown.size() - kEllipsis.size()) == kEllipsis);
  const std::string kept = shown.substr(0, shown.size() - kEllipsis.size());
  CHECK(long_name.rfind(kept, 0) == 0);
  CHECK(kept.back() != ' ');  // no space before the ellipsis
  // A name of two-byte letters is cut between two letters, so the text stays UTF-8.
  std::string accents;
  for (int i = 0; i < 30; ++i) accents += "\xC3\xA9";  // é
  const std::string cut = shown_column_name(accents);
  const std::string letters = cut.substr(0, cut.size() - kEllipsis.size());
  CHECK(letters.size() % 2 == 0);
  CHECK(letters.size() <= 40);
  CHECK(accents.rfind(letters, 0) == 0);
}

TEST_CASE("statement_named: a statement's id, number, prompt or short label",
          "[csv][layout][names]") {
  const auto& q = test::builtin();
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    const Item& item = q.items[i];
    const std::string number = std::to_string(i + 1);
    CAPTURE(i, item.id, item.prompt);
    CHECK(statement_named(q, item.id) == i);
    CHECK(statement_named(q, "q" + number) == i);
    CHECK(statement_named(q, "Q" + number) == i);
    CHECK(statement_named(q, number) == i);
    CHECK(statement_named(q, item.prompt) == i);
    CHECK(statement_named(q, item.short_label) == i);
  }
  // compared the way normalize_column_name writes them
  CHECK(statement_named(q, "IMPACT 1") == 0U);
  CHECK(statement_named(q, " q 7 ") == 6U);
  CHECK(statement_named(q, "Question 5") == 4U);
  CHECK(statement_named(q, "Statement 5") == 4U);
  CHECK(statement_named(q, "Q05") == 4U);  // spreadsheets pad numbers so they sort
  CHECK_FALSE(statement_named(q, "Q16"));  // past the last statement
  CHECK_FALSE(statement_named(q, "Q0"));
  CHECK_FALSE(statement_named(q, "Q12345678901234567890"));  // no overflow, no match
  CHECK(statement_named(q, "at the end of a good week what are you proudest of") == 0U);
  CHECK(statement_named(q,
                        "\xE2\x80\x9C"
                        "At the end of a good week \xE2\x80\x94 what are you proudest of?"
                        "\xE2\x80\x9D") == 0U);
}

TEST_CASE("statement_named: other columns name no statement", "[csv][layout][names]") {
  const auto& q = test::builtin();
  for (const std::string name :
       {"", " ", "?", "Timestamp", "Email address", "id", "Name", "q0", "0", "16", "q16", "impact",
        "impact-4", "At the end of a good week", "Any comments?"}) {
    CAPTURE(name);
    CHECK_FALSE(statement_named(q, name).has_value());
  }
}

TEST_CASE("statement_named works for custom questionnaires through their ids and prompts",
          "[csv][layout][names][custom]") {
  test::Spec spec;  // ids i1.., prompts "Statement 1?".., short labels S1..
  spec.items = 12;
  spec.themes = 3;
  const auto q = test::load(spec);
  CHECK(statement_named(q, "i3") == 2U);
  CHECK(statement_named(q, "I12") == 11U);
  CHECK(statement_named(q, "statement 12") == 11U);
  CHECK(statement_named(q, "S1") == 0U);
  CHECK(statement_named(q, "q12") == 11U);
  CHECK_FALSE(statement_named(q, "13").has_value());
  CHECK_FALSE(statement_named(q, "impact-1").has_value());  // the built-in's ids mean nothing here
  const auto& m = test::minimal();
  CHECK(statement_named(m, "a") == 0U);
  CHECK(statement_named(m, "B") == 1U);
  CHECK(statement_named(m, "where does your best day happen") == 0U);
  CHECK(statement_named(m, "Learning") == 1U);
  CHECK(statement_named(m, "2") == 1U);
  CHECK_FALSE(statement_named(m, "3").has_value());
}

TEST_CASE("statement_named: an id beats a number, a number words; words naming two name none",
          "[csv][layout][names][custom]") {
  using rapidjson::Value;
  using Alloc = rapidjson::Document::AllocatorType;
  const auto minimal_with = [](const std::function<void(Value & a, Value & b, Alloc&)>& edit) {
    return test::load(test::mutate(
        test::source_file("docs/examples/minimal.json"),
        [&](rapidjson::Document& d, Alloc& alloc) { edit(d["items"][0], d["items"][1], alloc); }));
  };
  // Statement 1's id is "q2": it names statement 1, not statement 2's number.
  const auto q2 = minimal_with([](Value& a, Value&, Alloc&) { a["id"].SetString("q2"); });
  CHECK(statement_named(q2, "q2") == 0U);
  CHECK(statement_named(q2, "q1") == 0U);
  CHECK(statement_named(q2, "2") == 1U);
  // Statement 1's id is "2".
  const auto two = minimal_with([](Value& a, Value&, Alloc&) { a["id"].SetString("2"); });
  CHECK(statement_named(two, "2") == 0U);
  // Statement 1's prompt is "2": the number names statement 2.
  const auto prompt2 = minimal_with([](Value& a, Value&, Alloc&) { a["prompt"].SetString("2"); });
  CHECK(statement_named(prompt2, "2") == 1U);
  // Statement 1's short label is statement 2's prompt: either could be meant, so neither is.
  const auto same = minimal_with([](Value& a, Value& b, Alloc& alloc) {
    a["short"].SetString(b["prompt"].GetString(), alloc);
  });
  CHECK_FALSE(statement_named(same, "What would you rather learn next?").has_value());
  CHECK(statement_named(same, "Where does your best day happen?") == 0U);
  // Two statements with the same prompt: the same.
  const auto twice = minimal_with([](Value& a, Value& b, Alloc& alloc) {
    a["prompt"].SetString(b["prompt"].GetString(), alloc);
  });
  CHECK_FALSE(statement_named(twice, "What would you rather learn next?").has_value());
  CHECK(statement_named(twice, "Learning") == 1U);
}

// --- decide_csv_layout: separators -----------------------------------------------------------

TEST_CASE("small_number reads up to 6 digits and nothing else", "[csv][names]") {
  CHECK(small_number("0") == 0U);
  CHECK(small_number("007") == 7U);
  CHECK(small_number("999999") == 999999U);
  CHECK_FALSE(small_number("1000000"));
  CHECK_FALSE(small_number(""));
  CHECK_FALSE(small_number("1a"));
  CHECK_FALSE(small_number("-1"));
}
