// A questionnaire in several languages (translation.hpp): language codes, a custom file's
// translations and a per-language file read against the questionnaire, every missing and extra
// key named with its path, and in_language changing texts only. The rules for each kind of text:
// translation_texts_test.cpp; the built-in languages: translation_builtin_test.cpp.
#include "crossroads/translation.hpp"

#include <catch2/catch.hpp>

#include "crossroads/csv_names.hpp"
#include "crossroads/result_json.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

const char* const kTwoLanguages = "docs/examples/two-languages.json";

Questionnaire two_languages() {
  return test::load(test::source_file(kTwoLanguages));
}

// Each problem as validate prints it: "path: message".
std::vector<std::string> lines_of(const Problems& problems) {
  std::vector<std::string> out;
  for (const Problem& p : problems) out.push_back(p.path + ": " + p.message);
  return out;
}

Problems translation_problems(const std::string& file) {
  const auto loaded =
      load_translation(two_languages(), test::source_file("tests/fixtures/translations/" + file));
  if (loaded) FAIL(file << " loaded but should have been refused");
  return loaded.error();
}

}  // namespace

TEST_CASE("language codes are shaped as BCP 47: language, script, region", "[translation]") {
  for (const char* code :
       {"fr", "de", "ast", "pt-BR", "zh-Hant", "es-419", "zh-Hant-TW", "en-XA"}) {
    INFO(code);
    CHECK(is_language_code(code));
  }
  for (const char* code :
       {"",        "f",        "frfr",   "FR",         "fr_FR",        "fr-",   "-fr",
        "fr-fr",   "fr-FRA",   "fr--FR", "zh-hant",    "zh-HANT",      "es-41", "es-4190",
        "fr-FR-x", "zh-Hant-", "fr-FR-", "pt-BR-Hant", "zh-Hant-Hant", "fr FR", "é"}) {
    INFO(code);
    CHECK_FALSE(is_language_code(code));
  }
  CHECK(primary_language("pt-BR") == "pt");
  CHECK(primary_language("fr") == "fr");
}

TEST_CASE("a custom file's translations load in file order, after its own language",
          "[translation]") {
  const Questionnaire q = two_languages();
  CHECK(q.lang == "en");
  CHECK(languages_of(q) == std::vector<std::string>{"en", "fr"});
  REQUIRE(q.translations.size() == 1);
  const Texts& fr = q.translations[0].texts;
  CHECK(fr.title == "Exemple");
  CHECK(fr.low.label == "Les personnes");
  CHECK(fr.items[1].id == "b");  // the questionnaire's own statement, in French
  REQUIRE(fr.items.size() == 2);
  CHECK(fr.items[1].low == "L’accompagnement");  // keyed "b": the second statement's place
  CHECK(fr.bands[1].questions == std::vector<std::string>{"Que voudriez-vous maîtriser ?"});

  // Without "lang", a file is in English; with it, in that language.
  const auto plain = test::load(test::Spec{});
  CHECK(plain.lang == "en");
  CHECK(languages_of(plain) == std::vector<std::string>{"en"});
  const auto german =
      test::load(test::mutate(test::questionnaire_json(test::Spec{}),
                              [](auto& d, auto& a) { d.AddMember("lang", "de", a); }));
  CHECK(german.lang == "de");
}

TEST_CASE("a broken custom translation names every missing and extra key", "[translation]") {
  const auto problems =
      test::problems_of(test::source_file("tests/fixtures/translations/two-languages-broken.json"));
  CHECK(lines_of(problems) ==
        std::vector<std::string>{
            "translations.fr.about: missing",
            "translations.fr.themes.all.colour: is not a known field",
            "translations.fr.items.c: extra", "translations.fr.items.b.low: missing",
            "translations.fr.bands.people.advice[2]: extra",
            "translations.fr.bands.craft.questions[0]: missing",
            "translations.en: \"en\" is the questionnaire's own language: a translation adds "
            "another",
            "translations.FR: \"FR\" is not a language code (such as fr, pt-BR, zh-Hant or "
            "es-419)"});
}

TEST_CASE("a per-language file is read against its questionnaire", "[translation]") {
  SECTION("complete") {
    const auto loaded = load_translation(
        two_languages(), test::source_file("tests/fixtures/translations/example-de.json"));
    INFO((loaded ? std::string() : test::describe(loaded.error())));
    REQUIRE(loaded.ok());
    CHECK(loaded.value().lang == "de");
    CHECK(loaded.value().texts.items[0].prompt == "Wo findet Ihr bester Tag statt?");
    CHECK(loaded.value().texts.high.label == "Handwerk");
  }
  SECTION("every missing and extra key, with its path") {
    CHECK(lines_of(translation_problems("example-de-broken.json")) ==
          std::vector<std::string>{"texts.poles.craft: missing", "texts.items.z: extra",
                                   "texts.items.a.high: missing",
                                   "texts.bands.people.next_steps[1]: extra",
                                   "texts.bands.craft.advice[0]: missing", "texts.shapes: extra"});
  }
  SECTION("its questionnaire, version and language") {
    const std::string good = test::source_file("tests/fixtures/translations/example-de.json");
    const auto problems = [&](auto edit) {
      const auto loaded = load_translation(two_languages(), test::mutate(good, edit));
      REQUIRE_FALSE(loaded.ok());
      return lines_of(loaded.error());
    };
    CHECK(problems([](auto& d, auto&) { d["questionnaire"] = "other"; }) ==
          std::vector<std::string>{"questionnaire: \"other\" is not the questionnaire it is "
                                   "checked against (\"example-languages\")"});
    CHECK(problems([](auto& d, auto&) { d["version"] = 2; }) ==
          std::vector<std::string>{
              "version: must be 1, the version of the questionnaire it is checked against"});
    CHECK(problems([](auto& d, auto&) { d["lang"] = "en"; }) ==
          std::vector<std::string>{
              "lang: \"en\" is the questionnaire's own language: a translation adds another"});
    CHECK(problems([](auto& d, auto&) { d["lang"] = "de_DE"; }) ==
          std::vector<std::string>{"lang: \"de_DE\" is not a language code (such as fr, pt-BR, "
                                   "zh-Hant or es-419)"});
    CHECK(problems([](auto& d, auto&) { d["format"] = 2; }) ==
          std::vector<std::string>{"format: must be 1 (this engine reads format 1)"});
    CHECK(problems([](auto& d, auto& a) { d.AddMember("colour", 1, a); }) ==
          std::vector<std::string>{"colour: is not a known field"});
    CHECK(problems([](auto& d, auto&) { d["texts"] = 3; }) ==
          std::vector<std::string>{"texts: must be an object"});
    CHECK(problems([](auto& d, auto&) { d.RemoveMember("texts"); }) ==
          std::vector<std::string>{"texts: is missing"});
  }
  SECTION("not a translation at all") {
    const auto not_json = load_translation(two_languages(), "{");
    REQUIRE_FALSE(not_json.ok());
    CHECK(test::contains(not_json.error().front().message, "not valid JSON"));
    const auto list = load_translation(two_languages(), "[]");
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().front().message == "a translation must be a JSON object");
  }
}

TEST_CASE("translation_target says what a per-language file translates", "[translation]") {
  const auto target =
      translation_target(test::source_file("tests/fixtures/translations/example-de.json"));
  REQUIRE(target.has_value());
  CHECK(target->questionnaire == "example-languages");
  CHECK(target->version == 1);
  CHECK(target->lang == "de");
  CHECK_FALSE(translation_target(test::source_file(kTwoLanguages)).has_value());
  CHECK_FALSE(translation_target("{").has_value());
  const auto odd = translation_target(R"({"texts": {}, "version": 1.5, "questionnaire": 3})");
  REQUIRE(odd.has_value());
  CHECK(odd->version == 0);
  CHECK(odd->questionnaire.empty());
}

TEST_CASE("in_language changes every text and nothing else", "[translation]") {
  const Questionnaire q = two_languages();
  const auto fr = in_language(q, "fr");
  REQUIRE(fr.has_value());
  CHECK(fr->lang == "fr");
  CHECK(fr->title == "Exemple");
  CHECK(fr->credit == "Écrit pour la documentation de Crossroads.");
  CHECK(fr->themes[0].description == "Les deux affirmations.");
  CHECK(fr->items[0].prompt == "Où se passe votre meilleure journée ?");
  CHECK(fr->bands[0].advice[1] == "Demandez des retours.");
  CHECK(languages_of(*fr) == std::vector<std::string>{"fr", "en"});
  // Ids, scale, reversals, bands' totals and version are the questionnaire's own.
  CHECK(fr->id == q.id);
  CHECK(fr->version == q.version);
  CHECK(fr->scale_min == q.scale_min);
  CHECK(fr->scale_max == q.scale_max);
  CHECK(fr->low.id == q.low.id);
  CHECK(fr->high.id == q.high.id);
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    CHECK(fr->items[i].id == q.items[i].id);
    CHECK(fr->items[i].theme == q.items[i].theme);
    CHECK(fr->items[i].reverse == q.items[i].reverse);
  }
  for (std::size_t b = 0; b < q.bands.size(); ++b) {
    CHECK(fr->bands[b].id == q.bands[b].id);
    CHECK(fr->bands[b].min == q.bands[b].min);
    CHECK(fr->bands[b].max == q.bands[b].max);
  }
  // Nothing is lost: back in English, it is the questionnaire it came from.
  const auto back = in_language(*fr, "en");
  REQUIRE(back.has_value());
  CHECK(questionnaire_to_json(*back) == questionnaire_to_json(q));
  REQUIRE(back->translations.size() == 1);
  CHECK(back->translations[0].lang == "fr");
  // Its own language gives it as it is; a language it lacks gives nothing.
  CHECK(questionnaire_to_json(in_language(q, "en").value()) == questionnaire_to_json(q));
  CHECK_FALSE(in_language(q, "de").has_value());
  CHECK_FALSE(in_language(q, "fr-FR").has_value());
  CHECK_FALSE(in_language(q, "").has_value());
}

TEST_CASE("every answer scores the same in every language", "[translation]") {
  const Questionnaire q = two_languages();
  const Questionnaire fr = in_language(q, "fr").value();
  for (int a = q.scale_min; a <= q.scale_max; ++a) {
    for (int b = q.scale_min; b <= q.scale_max; ++b) {
      const Result en_result = test::score_ok(q, {a, b}, 1.0);
      const Result fr_result = test::score_ok(fr, {a, b}, 1.0);
      INFO(a << " " << b);
      CHECK(fr_result.total == en_result.total);
      CHECK(fr_result.band == en_result.band);
      CHECK(fr_result.values == en_result.values);
      CHECK(fr_result.shape == en_result.shape);
      CHECK(fr_result.quality == en_result.quality);
      CHECK(fr_result.drivers.low == en_result.drivers.low);
      CHECK(fr_result.drivers.high == en_result.drivers.high);
      CHECK(fr_result.margin.has_value() == en_result.margin.has_value());
      REQUIRE(fr_result.themes.size() == en_result.themes.size());
      CHECK(fr_result.themes[0].score == en_result.themes[0].score);
      CHECK(fr_result.themes[0].leaning == en_result.themes[0].leaning);
    }
  }
}

TEST_CASE("write_questionnaire writes the language and every language it has", "[translation]") {
  const Questionnaire q = two_languages();
  const auto en = test::parse_object(questionnaire_to_json(q));
  CHECK(test::str(en["lang"]) == "en");
  CHECK(test::strings(en["languages"]) == std::vector<std::string>{"en", "fr"});
  CHECK_FALSE(en.HasMember("translations"));  // in_language gives another language's texts
  const std::string fr_json = questionnaire_to_json(in_language(q, "fr").value());
  const auto fr = test::parse_object(fr_json);
  CHECK(test::str(fr["lang"]) == "fr");
  CHECK(test::strings(fr["languages"]) == std::vector<std::string>{"fr", "en"});
  CHECK(test::str(fr["items"][1]["id"]) == "b");
  CHECK(fr["items"][1]["reverse"].GetBool());
  CHECK(test::str(fr["bands"][1]["id"]) == "craft");
  CHECK(fr["bands"][1]["min"].GetInt() == 6);
  // It loads again as the same questionnaire in French (its other languages left out).
  const Questionnaire again = test::load(fr_json);
  CHECK(again.lang == "fr");
  CHECK(again.items[0].prompt == "Où se passe votre meilleure journée ?");
  CHECK(languages_of(again) == std::vector<std::string>{"fr"});
}

TEST_CASE("CSV headers may name statements in any language the questionnaire has",
          "[translation][csv]") {
  const Questionnaire q = two_languages();
  const Questionnaire fr = in_language(q, "fr").value();
  for (const Questionnaire* each : {&q, &fr}) {
    CHECK(statement_named(*each, "Where does your best day happen?") ==
          std::optional<std::size_t>(0));
    CHECK(statement_named(*each, "Qu’aimeriez-vous apprendre ensuite ?") ==
          std::optional<std::size_t>(1));
    CHECK(statement_named(*each, "Apprendre") == std::optional<std::size_t>(1));
    CHECK(statement_named(*each, "Learning") == std::optional<std::size_t>(1));
    CHECK_FALSE(statement_named(*each, "Lernen").has_value());
  }
}
