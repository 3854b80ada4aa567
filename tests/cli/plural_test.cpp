// The command line's hand-written plural rules (cli/plural.cpp) against node's Intl.PluralRules:
// tests/fixtures/plural_categories.json holds what Intl says for each language and count (made by
// tests/cli/make_plural_table.js), so a rule that drifts from CLDR fails here, without ICU.
#include "plural.hpp"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

namespace {

using crossroads::cli::plural_category;

rapidjson::Document intl_table() {
  std::ifstream in(std::string(CROSSROADS_SOURCE_DIR) + "/tests/fixtures/plural_categories.json");
  const std::string json(std::istreambuf_iterator<char>(in), {});
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

}  // namespace

TEST_CASE("each language's plural category is Intl's for every count in the table") {
  const rapidjson::Document table = intl_table();
  const auto& numbers = table["numbers"];
  const auto& categories = table["categories"];
  REQUIRE(categories.MemberCount() == 6);  // en fr de es pt-BR ar
  std::size_t checked = 0;
  for (const auto& language : categories.GetObject()) {
    const std::string code = language.name.GetString();
    REQUIRE(language.value.Size() == numbers.Size());
    for (rapidjson::SizeType i = 0; i < numbers.Size(); ++i) {
      const std::uint64_t n = numbers[i].GetUint64();
      INFO(code << " " << n);
      CHECK(plural_category(code, n) == language.value[i].GetString());
      ++checked;
    }
  }
  CHECK(checked == 6 * numbers.Size());
}

TEST_CASE("the pseudo-locale counts as English, and regions as their language") {
  for (const std::uint64_t n : {0, 1, 2, 5, 1000000}) {
    CHECK(plural_category("en-XA", n) == plural_category("en", n));
    CHECK(plural_category("pt-PT", n) == plural_category("pt-BR", n));
    CHECK(plural_category("ar-EG", n) == plural_category("ar", n));
  }
}

TEST_CASE("a language without a rule follows English's") {
  CHECK(plural_category("nl", 1) == "one");
  CHECK(plural_category("nl", 0) == "other");
  CHECK(plural_category("", 1) == "one");
}
