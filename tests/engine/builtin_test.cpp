// The built-in questionnaire's content: the shape the rest of the product relies on.
#include <catch2/catch.hpp>
#include <set>

#include "test_support.hpp"

using namespace crossroads;

TEST_CASE("builtin_questionnaire() equals loading the embedded JSON", "[builtin]") {
  const auto q = builtin_questionnaire();
  CHECK(q.id == "crossroads");
  CHECK(q.version == 1);
  CHECK(q.item_count() == 15);
  CHECK(q.bands.size() == 3);
}

TEST_CASE("built-in: 15 statements, 5 themes of 3, scale 0-10", "[builtin]") {
  const auto& q = test::builtin();
  CHECK(q.format == 1);
  CHECK(q.scale_min == 0);
  CHECK(q.scale_max == 10);
  CHECK(q.min_total() == 0);
  CHECK(q.max_total() == 150);
  CHECK_FALSE(q.title.empty());
  CHECK_FALSE(q.intro.empty());
  CHECK(q.low.id == "management");
  CHECK(q.high.id == "mastery");
  REQUIRE(q.items.size() == 15);
  REQUIRE(q.themes.size() == 5);
  const std::vector<std::string> themes{"impact", "energy", "style", "life", "growth"};
  for (std::size_t t = 0; t < 5; ++t) {
    CAPTURE(t);
    CHECK(q.themes[t].id == themes[t]);
    CHECK_FALSE(q.themes[t].title.empty());
    CHECK_FALSE(q.themes[t].description.empty());
    CHECK(q.items_of_theme(t) == std::vector<std::size_t>{3 * t, 3 * t + 1, 3 * t + 2});
  }
  std::set<std::string> ids;
  for (const auto& item : q.items) {
    CAPTURE(item.id);
    ids.insert(item.id);
    CHECK_FALSE(item.prompt.empty());
    CHECK_FALSE(item.low.empty());
    CHECK_FALSE(item.high.empty());
    CHECK_FALSE(item.reverse);
    // short labels are 2-5 words
    const auto words = 1 + std::count(item.short_label.begin(), item.short_label.end(), ' ');
    CHECK(words >= 2);
    CHECK(words <= 5);
  }
  CHECK(ids.size() == 15);
}

TEST_CASE("built-in bands: management 0-49, both 50-100, mastery 101-150", "[builtin]") {
  const auto& q = test::builtin();
  REQUIRE(q.bands.size() == 3);
  struct Expect {
    const char* id;
    int min;
    int max;
  };
  const Expect expected[] = {{"management", 0, 49}, {"both", 50, 100}, {"mastery", 101, 150}};
  for (std::size_t b = 0; b < 3; ++b) {
    const auto& band = q.bands[b];
    CAPTURE(band.id);
    CHECK(band.id == expected[b].id);
    CHECK(band.min == expected[b].min);
    CHECK(band.max == expected[b].max);
    CHECK_FALSE(band.title.empty());
    CHECK_FALSE(band.summary.empty());
    CHECK_FALSE(band.explanation.empty());
    CHECK_FALSE(band.advice.empty());
    CHECK(band.next_steps.size() >= 4);
    CHECK(band.next_steps.size() <= 5);
    CHECK(band.questions.size() == 3);
    for (const auto& t : band.advice) CHECK_FALSE(t.empty());
    for (const auto& t : band.next_steps) CHECK_FALSE(t.empty());
    for (const auto& t : band.questions) CHECK(t.back() == '?');
  }
}

TEST_CASE("built-in: the 'both' advice limits management to a few people", "[builtin]") {
  const auto& both = test::builtin().bands[1];
  REQUIRE(both.id == "both");
  bool found = false;
  for (const auto& a : both.advice) {
    if (test::contains(a, "Limit") && test::contains(a, "few")) found = true;
  }
  CHECK(found);
}

TEST_CASE("built-in: shape and quality texts are present", "[builtin]") {
  const auto& q = test::builtin();
  REQUIRE(q.shapes.has_value());
  for (const Text* t : {&q.shapes->split, &q.shapes->centred, &q.shapes->consistent}) {
    CHECK_FALSE(t->title.empty());
    CHECK_FALSE(t->explanation.empty());
  }
  REQUIRE(q.quality.has_value());
  CHECK_FALSE(q.quality->straight_line.empty());
  CHECK_FALSE(q.quality->mostly_middle.empty());
  CHECK_FALSE(q.quality->fast.empty());
}
