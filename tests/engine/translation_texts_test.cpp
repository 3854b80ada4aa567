// The rules for each kind of translated text (translation_check.cpp), on docs/examples/
// two-languages.json changed one way at a time: a text is there exactly when the questionnaire
// has it, lists are as long as its own, no text empty where its own is not; and a file's "lang"
// and "languages".
#include <catch2/catch.hpp>

#include "crossroads/translation.hpp"
#include "test_support.hpp"

using namespace crossroads;
using Doc = rapidjson::Document;
using Alloc = Doc::AllocatorType;

namespace {

std::string two_languages() {
  return test::source_file("docs/examples/two-languages.json");
}

// The problems of the example changed by edit, each as "path: message".
template <class Edit>
std::vector<std::string> problems_after(Edit edit) {
  std::vector<std::string> out;
  for (const Problem& p : test::problems_of(test::mutate(two_languages(), edit))) {
    out.push_back(p.path + ": " + p.message);
  }
  return out;
}

template <class Edit>
Questionnaire loaded_after(Edit edit) {
  return test::load(test::mutate(two_languages(), edit));
}

using Lines = std::vector<std::string>;

// A JSON value, made in the document's allocator so it can be added to it.
rapidjson::Value parsed(const char* json, Alloc& a) {
  Doc doc;
  doc.Parse(json);
  rapidjson::Value v;
  v.CopyFrom(doc, a);
  return v;
}

}  // namespace

TEST_CASE("texts the questionnaire has must be there, non-empty", "[translation][texts]") {
  CHECK(problems_after([](Doc& d, Alloc&) { d["translations"]["fr"].RemoveMember("title"); }) ==
        Lines{"translations.fr.title: missing"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["translations"]["fr"].RemoveMember("items"); }) ==
        Lines{"translations.fr.items: missing"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["translations"]["fr"]["intro"] = ""; }) ==
        Lines{"translations.fr.intro: must not be empty"});
  CHECK(problems_after([](Doc& d, Alloc&) {
          d["translations"]["fr"]["items"]["a"]["short"] = "";
        }) == Lines{"translations.fr.items.a.short: must not be empty"});
  CHECK(problems_after([](Doc& d, Alloc&) {
          d["translations"]["fr"]["items"]["a"]["prompt"] = 3;
        }) == Lines{"translations.fr.items.a.prompt: must be a text (a JSON string)"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["translations"]["fr"]["items"]["a"] = "x"; }) ==
        Lines{"translations.fr.items.a: must be an object"});
  CHECK(problems_after([](Doc& d, Alloc&) {
          d["translations"]["fr"]["themes"].RemoveMember("all");
        }) == Lines{"translations.fr.themes.all: missing"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["translations"]["fr"]["poles"]["craft"] = ""; }) ==
        Lines{"translations.fr.poles.craft: must be a non-empty text"});
  CHECK(problems_after([](Doc& d, Alloc& a) {
          d["translations"]["fr"]["poles"].AddMember("others", "Autres", a);
        }) == Lines{"translations.fr.poles.others: extra"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["translations"]["fr"] = 3; }) ==
        Lines{"translations.fr: must be an object"});
}

TEST_CASE("an optional text is translated exactly when the questionnaire has it",
          "[translation][texts]") {
  SECTION("an empty intro or description may stay empty, or be given") {
    const auto q = loaded_after([](Doc& d, Alloc&) {
      d["intro"] = "";
      d["themes"][0]["description"] = "";
      d["translations"]["fr"]["intro"] = "";
      d["translations"]["fr"]["themes"]["all"].RemoveMember("description");
    });
    CHECK(q.translations[0].texts.intro.empty());
    const auto given = loaded_after([](Doc& d, Alloc&) { d["intro"] = ""; });
    CHECK(given.translations[0].texts.intro == "Deux affirmations.");
  }
  SECTION("a credit the questionnaire lacks is extra; one it has is missing") {
    CHECK(problems_after([](Doc& d, Alloc&) { d.RemoveMember("credit"); }) ==
          Lines{"translations.fr.credit: extra"});
    CHECK(problems_after([](Doc& d, Alloc&) { d["translations"]["fr"].RemoveMember("credit"); }) ==
          Lines{"translations.fr.credit: missing"});
  }
  SECTION("shapes and quality notes") {
    const char* const shapes =
        R"({"split":{"title":"S","explanation":"E"},"centred":{"title":"C","explanation":"E"},)"
        R"("consistent":{"title":"K","explanation":"E"}})";
    const auto with_shapes = [&](Doc& d, Alloc& a) { d.AddMember("shapes", parsed(shapes, a), a); };
    CHECK(problems_after(with_shapes) == Lines{"translations.fr.shapes: missing"});
    CHECK(problems_after([&](Doc& d, Alloc& a) {
            with_shapes(d, a);
            d["translations"]["fr"].AddMember("shapes", parsed(shapes, a), a);
            d["translations"]["fr"]["shapes"].RemoveMember("centred");
            d["translations"]["fr"]["shapes"]["split"].RemoveMember("title");
          }) == Lines{"translations.fr.shapes.split.title: missing",
                      "translations.fr.shapes.centred: missing"});
    CHECK(problems_after([](Doc& d, Alloc& a) {
            d["translations"]["fr"].AddMember(
                "quality", parsed(R"({"straight_line":"S","mostly_middle":"M","fast":"F"})", a), a);
          }) == Lines{"translations.fr.quality: extra"});
  }
}

TEST_CASE("each list is as long as the questionnaire's", "[translation][texts]") {
  CHECK(problems_after([](Doc& d, Alloc& a) {
          d["translations"]["fr"]["about"].PushBack("Un de trop.", a);
        }) == Lines{"translations.fr.about[2]: extra"});
  CHECK(problems_after([](Doc& d, Alloc&) {
          d["translations"]["fr"]["bands"]["people"]["advice"].Erase(
              d["translations"]["fr"]["bands"]["people"]["advice"].Begin());
        }) == Lines{"translations.fr.bands.people.advice[1]: missing"});
  CHECK(problems_after([](Doc& d, Alloc&) {
          d["translations"]["fr"]["bands"]["people"]["advice"][0] = "";
        }) == Lines{"translations.fr.bands.people.advice[0]: must be a non-empty text"});
  CHECK(problems_after([](Doc& d, Alloc&) {
          d["translations"]["fr"]["bands"]["craft"]["advice"] = "Allez en profondeur.";
        }) == Lines{"translations.fr.bands.craft.advice: must be a list of texts"});
  CHECK(problems_after([](Doc& d, Alloc&) {
          d["translations"]["fr"]["bands"]["craft"].RemoveMember("advice");
        }) == Lines{"translations.fr.bands.craft.advice: missing"});
  // A list the questionnaire has empty may be left out, or given empty.
  const auto q = loaded_after(
      [](Doc& d, Alloc&) { d["translations"]["fr"]["bands"]["people"].RemoveMember("questions"); });
  CHECK(q.translations[0].texts.bands[0].questions.empty());
}

TEST_CASE("a file's lang and languages", "[translation][texts]") {
  CHECK(problems_after([](Doc& d, Alloc&) { d["lang"] = "en_GB"; }) ==
        Lines{"lang: \"en_GB\" is not a language code (such as fr, pt-BR, zh-Hant or es-419)"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["lang"] = ""; }) == Lines{"lang: must not be empty"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["lang"] = "fr"; }) ==
        Lines{"translations.fr: \"fr\" is the questionnaire's own language: a translation adds "
              "another"});
  // Written by the engine; read only as a list of distinct codes.
  const auto listed = [](const char* json) {
    return [json](Doc& d, Alloc& a) { d.AddMember("languages", parsed(json, a), a); };
  };
  CHECK(languages_of(loaded_after(listed(R"(["en", "fr", "de"])"))) == Lines{"en", "fr"});
  CHECK(problems_after(listed(R"(["en", "en"])")) ==
        Lines{"languages[1]: duplicate language \"en\""});
  CHECK(problems_after(listed(R"(["EN", 3])")) ==
        Lines{"languages[0]: must be a language code (such as fr, pt-BR, zh-Hant or es-419)",
              "languages[1]: must be a language code (such as fr, pt-BR, zh-Hant or es-419)"});
  CHECK(problems_after(listed(R"("en")")) == Lines{"languages: must be a list of language codes"});
  CHECK(problems_after([](Doc& d, Alloc&) { d["translations"] = 1; }) ==
        Lines{"translations: must be an object"});
}
