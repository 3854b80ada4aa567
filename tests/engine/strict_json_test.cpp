// json::parse and json::whole_number: JSON from strangers never crashes the engine and is read
// as an editor reads it, or refused with what is wrong and where. The callers' own messages
// (questionnaire, answers, result files) are checked at the end.
#include "strict_json.hpp"

#include <catch2/catch.hpp>
#include <climits>

#include "crossroads/answers_json.hpp"
#include "crossroads/result_file.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

std::string nested_objects(std::size_t depth) {
  std::string out;
  out.reserve(depth * 6 + 1);
  for (std::size_t i = 0; i < depth; ++i) out += "{\"a\":";
  out += '1';
  return out + std::string(depth, '}');
}

std::string error_of(std::string_view text) {
  const auto parsed = json::parse(text);
  REQUIRE_FALSE(parsed.ok());
  return parsed.error();
}

// The engine's two levels of limit: the deepest a document may go, and one more.
constexpr std::size_t kAllowed = json::kMaxDepth;
constexpr std::size_t kMillion = 1'000'000;

}  // namespace

TEST_CASE("nesting up to the limit is read; one level more is refused", "[json][depth]") {
  CHECK(json::parse(nested_arrays(kAllowed)).ok());
  CHECK(json::parse(nested_objects(kAllowed)).ok());
  CHECK(error_of(nested_arrays(kAllowed + 1)) ==
        "lists and objects nested more than 64 levels deep (line 1, column 65)");
  CHECK(test::contains(error_of(nested_objects(kAllowed + 1)), "nested more than 64 levels"));
}

// Before: RapidJSON's recursive parser ran out of stack at about 105,000 '[' (exit 139).
TEST_CASE("a million levels of nesting are refused, not a crash", "[json][depth][regression]") {
  for (const auto& text : {nested_arrays(kMillion), nested_objects(kMillion),
                           std::string(kMillion, '['), "{\"x\":" + std::string(kMillion, '[')}) {
    CHECK(test::contains(error_of(text), "nested more than 64 levels deep (line 1, column "));
  }
}

TEST_CASE("every JSON input of the engine refuses deep nesting with its own message",
          "[json][depth]") {
  const std::string deep = nested_arrays(kMillion);
  const auto loaded = load_questionnaire(deep);
  REQUIRE_FALSE(loaded.ok());
  REQUIRE(loaded.error().size() == 1);
  CHECK(loaded.error()[0].path.empty());
  CHECK(test::contains(loaded.error()[0].message, "nested more than 64 levels"));

  const auto answers = answers_from_json(deep);
  REQUIRE_FALSE(answers.ok());
  CHECK(answers.error().code == ErrorCode::bad_file);
  CHECK(test::contains(answers.error().message, "The answers cannot be read: lists and objects"));

  const auto rows = rows_from_json("[{\"id\":\"p1\",\"answers\":" + deep + "}]");
  REQUIRE_FALSE(rows.ok());
  CHECK(test::contains(rows.error().message, "nested more than 64 levels"));

  const auto file = read_result_file(
      test::builtin(), "{\"format\":\"crossroads-result\",\"x\":" + nested_objects(kMillion) + "}");
  REQUIRE_FALSE(file.ok());
  CHECK(test::contains(file.error().message,
                       "The file is not a Crossroads result: lists and objects nested"));
}

TEST_CASE("a duplicate key is refused, naming the key and the object's path", "[json][keys]") {
  CHECK(error_of(R"({"format":1,"format":2})") ==
        "duplicate key \"format\" in the top-level object (line 1, column 21): each key may "
        "appear once, since editors would keep only the last");
  CHECK(test::contains(error_of(R"({"items":[{"id":"a"},{"id":"b","id":"b"}]})"),
                       "duplicate key \"id\" in the object at items[1] (line 1, column "));
  CHECK(test::contains(error_of(R"({"shapes":{"split":{"title":"a","title":"b"}}})"),
                       "in the object at shapes.split"));
  CHECK(test::contains(error_of(R"([[1],[2,{"k":1,"k":1}]])"), "in the object at [1][1]"));
  // The same key in two different objects, or as a value, is fine.
  CHECK(json::parse(R"({"a":{"a":"a"},"b":{"a":1},"c":["a","a"]})").ok());
}

TEST_CASE("a duplicate key is refused by every input of the engine", "[json][keys]") {
  auto text = std::string(builtin_questionnaire_json());
  text.insert(1, "\"title\":\"Another title\",");
  const auto loaded = load_questionnaire(text);
  REQUIRE_FALSE(loaded.ok());
  CHECK(test::contains(loaded.error()[0].message, "duplicate key \"title\""));

  CHECK_FALSE(rows_from_json(R"([{"id":"p1","id":"p2","answers":[]}])").ok());
  const auto file = read_result_file(test::builtin(),
                                     R"({"format":"crossroads-result","answers":[],"answers":[]})");
  REQUIRE_FALSE(file.ok());
  CHECK(test::contains(file.error().message, "duplicate key \"answers\""));
}

TEST_CASE("nothing may follow the document, a NUL byte included", "[json][trailing]") {
  using namespace std::string_literals;
  CHECK(error_of("{\"a\":1}\0garbage"s) ==
        "a NUL (zero) byte, which JSON text cannot contain (line 1, column 8)");
  CHECK(test::contains(error_of("{\"a\":1}\0"s), "NUL (zero) byte"));
  CHECK(test::contains(error_of("{\"a\":\"x\0y\"}"s), "NUL (zero) byte"));
  CHECK(error_of("{\"a\":1}\n\n  x") ==
        "more text after the end of the JSON value (line 3, column 3)");
  CHECK(test::contains(error_of("{} {}"), "more text after the end"));
  // Whitespace after the document is not text.
  CHECK(json::parse("{\"a\":1}\r\n\t ").ok());
}

TEST_CASE("lone surrogates are named with their place; pairs make a character", "[json][unicode]") {
  CHECK(error_of(R"({"t":"ok",
  "u":"\ud800x"})") ==
        "a lone surrogate escape (\\uD800 to \\uDBFF) in a text or key (line 2, "
        "column 8): a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF "
        "escape makes one character");
  CHECK(test::contains(error_of(R"(["\udc00"])"), "a lone surrogate escape (\\uDC00 to \\uDFFF)"));
  CHECK(test::contains(error_of(R"(["\ude00\ud83d"])"), "lone surrogate"));
  CHECK(test::contains(error_of(R"({"\udfff":1})"), "lone surrogate"));
  const auto pair = json::parse(R"(["\ud83d\ude00"])");
  REQUIRE(pair.ok());
  CHECK(std::string(pair.value()[0].GetString()) == "\xF0\x9F\x98\x80");
}

TEST_CASE("bytes that are not UTF-8 are refused; a BOM is skipped", "[json][unicode]") {
  CHECK(error_of("[\"caf\xE9\"]") ==
        "bytes that are not UTF-8 in a text (line 1, column 6): save the file as UTF-8");
  CHECK(test::contains(error_of("[\"\xED\xA0\x80\"]"), "not UTF-8"));  // an encoded surrogate
  const auto bom = json::parse("\xEF\xBB\xBF{\"a\":1}");
  REQUIRE(bom.ok());
  CHECK(bom.value()["a"].GetInt() == 1);
}

TEST_CASE("a raw control character and a bad escape are told apart", "[json][strings]") {
  CHECK(error_of("{\"a\":\"x\ty\"}") ==
        "a control character (such as a tab or a line break) inside a text (line 1, column 8): "
        "write it as an escape, such as \\t or \\n");
  CHECK(test::contains(error_of("[\"x\ny\"]"), "a control character"));
  CHECK(
      error_of(R"(["x\qy"])") ==
      "not valid JSON: a backslash not followed by one of \" \\ / b f n r t u (line 1, column 4)");
}

TEST_CASE("line and column count characters, as an editor shows them", "[json][where]") {
  // "é" is two bytes but one column.
  CHECK(error_of("{\n  \"caf\xC3\xA9\": 1,\n  \"x\" 2\n}") ==
        "not valid JSON: Missing a colon after a name of object member (line 3, column 7)");
  CHECK(error_of("") == "no JSON value: the text is empty or only spaces (line 1, column 1)");
  CHECK(test::contains(error_of(" \n\t "), "no JSON value"));
  // A byte-order mark is not a column an editor shows.
  CHECK(error_of("\xEF\xBB\xBF{\"a\":1,\"a\":2}").substr(0, 60) ==
        error_of("{\"a\":1,\"a\":2}").substr(0, 60));
}

TEST_CASE("whole_number: any spelling of a whole number, as JSON Schema reads it",
          "[json][numbers]") {
  const auto number = [](const char* text) {
    auto parsed = json::parse(text);
    REQUIRE(parsed.ok());
    return json::whole_number(parsed.value()[0]);
  };
  CHECK(number("[1]") == 1);
  CHECK(number("[1.0]") == 1);
  CHECK(number("[1e0]") == 1);
  CHECK(number("[10E-1]") == 1);
  CHECK(number("[-0.0]") == 0);
  CHECK(number("[-3e2]") == -300);
  CHECK(number("[9223372036854775807]") == LLONG_MAX);
  CHECK(number("[1.5]") == std::nullopt);
  CHECK(number("[1e-300]") == std::nullopt);
  CHECK(number("[\"1\"]") == std::nullopt);
  CHECK(number("[true]") == std::nullopt);
  CHECK(number("[null]") == std::nullopt);
  // Beyond 64 bits it saturates, so a bounds check names the bound.
  CHECK(number("[1e300]") == LLONG_MAX);
  CHECK(number("[-1e19]") == LLONG_MIN);
  CHECK(number("[18446744073709551615]") == LLONG_MAX);
}

// Read as JSON.parse reads them, correctly rounded: RapidJSON's own conversion took the first as
// just below 1 and the second as exactly 1.
TEST_CASE("whole_number: digits beyond double precision round as JSON.parse rounds them",
          "[json][numbers]") {
  const auto number = [](const std::string& text) {
    auto parsed = json::parse("[" + text + "]");
    REQUIRE(parsed.ok());
    return json::whole_number(parsed.value()[0]);
  };
  CHECK(number("0.99999999999999999999") == 1);
  CHECK(number("1.00000000000000011102230246251565404236316680908203126") == std::nullopt);
  CHECK(number("1." + std::string(900, '0') + "1") == 1);
  CHECK(number("2" + std::string(300, '0') + ".0e-300") == 2);
  CHECK(number("1e-400") == 0);
  CHECK(number("-9223372036854775808") == LLONG_MIN);
}

TEST_CASE("a text over the size limit is refused before it is read", "[json][size]") {
  std::string big = "[" + std::string(json::kMaxBytes - 2, ' ') + "]";
  CHECK(json::parse(big).ok());  // exactly the limit
  big.insert(1, " ");
  CHECK(error_of(big) == "a JSON text of 16 MB, larger than the 16 MB this tool reads");
  const auto loaded = load_questionnaire(big);
  REQUIRE_FALSE(loaded.ok());
  CHECK(test::contains(loaded.error()[0].message, "larger than the 16 MB"));
}

TEST_CASE("keys in messages stay on one readable line", "[json][keys]") {
  using namespace std::string_literals;
  CHECK(json::shown_key("format") == "format");
  CHECK(json::shown_key("next_steps") == "next_steps");
  CHECK(json::shown_key("") == "\"\"");
  CHECK(json::shown_key("a.b") == "\"a.b\"");
  CHECK(json::shown_key("a\nb") == "\"a\\u000ab\"");
  CHECK(json::shown_key("a\0b"s) == "\"a\\u0000b\"");
  CHECK(json::shown_key("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(json::shown_key(std::string(41, 'k')) == "\"" + std::string(40, 'k') + "...\"");
  CHECK(json::shown_key(std::string(41, 'k')).size() < 50);
  // Characters, not bytes: 41 two-byte letters are cut after 40 whole ones.
  std::string accents;
  for (int i = 0; i < 41; ++i) accents += "\xC3\xA9";
  CHECK(json::shown_key(accents) == "\"" + accents.substr(0, 80) + "...\"");

  CHECK(test::contains(error_of(R"({"a\nb":1,"a\nb":2})"), "duplicate key \"a\\u000ab\" in"));
  CHECK(test::contains(error_of(R"({"":{"k":1,"k":2}})"), "in the object at \"\" (line"));
  CHECK(test::contains(error_of("{\"" + std::string(5000, 'x') + "\":{\"k\":1,\"k\":2}}"),
                       "in the object at \"" + std::string(40, 'x') + "...\" (line"));
  auto text = std::string(builtin_questionnaire_json());
  text.insert(1, R"("x\ny":1,)");
  const auto loaded = load_questionnaire(text);
  REQUIRE_FALSE(loaded.ok());
  CHECK(test::has_problem(loaded.error(), "\"x\\u000ay\"", "is not a known field"));
}

TEST_CASE("a questionnaire takes 1.0 and 1e0 wherever a whole number is due", "[json][load]") {
  const std::string base(builtin_questionnaire_json());
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string text = base;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  const auto v1 = load_questionnaire(replaced("\"version\": 2", "\"version\":2.0"));
  REQUIRE(v1.ok());
  CHECK(v1.value().version == 2);
  const auto f = load_questionnaire(replaced("\"format\": 1", "\"format\": 1e0"));
  CHECK(f.ok());
  const auto s = load_questionnaire(replaced("\"max\": 10}", "\"max\": 1.0e1}"));
  REQUIRE(s.ok());
  CHECK(s.value().scale_max == 10);
  const auto half = load_questionnaire(replaced("\"version\": 2", "\"version\":2.5"));
  REQUIRE_FALSE(half.ok());
  CHECK(test::has_problem(half.error(), "version", "must be a whole number"));
  const auto big = load_questionnaire(replaced("\"version\": 2", "\"version\":2147483648"));
  REQUIRE_FALSE(big.ok());
  CHECK(test::has_problem(big.error(), "version", "must be at most 2147483647"));
  const auto huge = load_questionnaire(replaced("\"version\": 2", "\"version\":1e300"));
  REQUIRE_FALSE(huge.ok());
  CHECK(test::has_problem(huge.error(), "version", "must be at most 2147483647"));
  const auto format = load_questionnaire(replaced("\"format\": 1", "\"format\": 1e300"));
  REQUIRE_FALSE(format.ok());
  CHECK(test::has_problem(format.error(), "format", "found a number beyond 64 bits"));
}

TEST_CASE("a questionnaire may name its schema for editors", "[json][load]") {
  auto text = std::string(builtin_questionnaire_json());
  text.insert(1, R"("$schema":"https://example.org/questionnaire.schema.json",)");
  CHECK(load_questionnaire(text).ok());
  text.insert(1, R"("$schemas":1,)");
  const auto typo = load_questionnaire(text);
  REQUIRE_FALSE(typo.ok());
  CHECK(test::has_problem(typo.error(), "$schemas", "is not a known field"));
}
