// The built-in questionnaire's content: the shape the rest of the product relies on, every
// published version still embedded, and the texts of the latest version (version 2).
#include <catch2/catch.hpp>
#include <cctype>
#include <climits>
#include <set>

#include "test_support.hpp"

using namespace crossroads;

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool mentions(const std::string& text, const std::string& word) {
  return test::contains(lower(text), lower(word));
}

std::string joined(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const auto& p : paragraphs) out += p + "\n";
  return out;
}

std::vector<bool> reverse_flags(const Questionnaire& q) {
  std::vector<bool> out;
  for (const auto& item : q.items) out.push_back(item.reverse);
  return out;
}

}  // namespace

TEST_CASE("builtin_questionnaire() is the latest version, version 2", "[builtin][versions]") {
  CHECK(builtin_latest_version() == 2);
  const auto q = builtin_questionnaire();
  CHECK(q.id == "crossroads");
  CHECK(q.version == 2);
  CHECK(q.version == builtin_latest_version());
  CHECK(q.item_count() == 15);
  CHECK(q.bands.size() == 3);
  const auto latest = builtin_questionnaire_json(builtin_latest_version());
  REQUIRE(latest.has_value());
  CHECK(*latest == builtin_questionnaire_json());
}

TEST_CASE("every embedded version loads and carries its own number", "[builtin][versions]") {
  REQUIRE(builtin_latest_version() >= 2);
  for (int v = 1; v <= builtin_latest_version(); ++v) {
    CAPTURE(v);
    const auto json = builtin_questionnaire_json(v);
    REQUIRE(json.has_value());
    const auto loaded = load_questionnaire(*json);
    INFO((loaded ? std::string() : test::describe(loaded.error())));
    REQUIRE(loaded.ok());
    CHECK(loaded.value().version == v);
    CHECK(loaded.value().id == "crossroads");
    const auto q = builtin_questionnaire(v);
    REQUIRE(q.has_value());
    CHECK(q->version == v);
  }
  // the versions are different texts, not one text under several numbers
  CHECK(*builtin_questionnaire_json(1) != *builtin_questionnaire_json(2));
}

TEST_CASE("versions outside 1..latest are not built in", "[builtin][versions]") {
  for (const int v :
       {0, -1, builtin_latest_version() + 1, builtin_latest_version() + 100, INT_MIN, INT_MAX}) {
    CAPTURE(v);
    CHECK_FALSE(builtin_questionnaire_json(v).has_value());
    CHECK_FALSE(builtin_questionnaire(v).has_value());
  }
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
    // short labels are 2-5 words
    const auto words = 1 + std::count(item.short_label.begin(), item.short_label.end(), ' ');
    CHECK(words >= 2);
    CHECK(words <= 5);
  }
  CHECK(ids.size() == 15);
}

TEST_CASE("built-in bands: management 0-49, both 50-100, mastery 101-150", "[builtin]") {
  // The source article's rule, exactly: above 100 mastery, 50 to 100 both, below 50 management.
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

TEST_CASE("built-in: between 6 and 8 statements are reversed, in no regular pattern",
          "[builtin][reverse]") {
  const auto& q = test::builtin();
  const auto flags = reverse_flags(q);
  REQUIRE(flags.size() == 15);
  const auto reversed = std::count(flags.begin(), flags.end(), true);
  CHECK(reversed >= 6);
  CHECK(reversed <= 8);

  // not one run: some statement between the first and the last reversed one is not reversed
  REQUIRE(reversed > 0);
  const auto first = std::find(flags.begin(), flags.end(), true) - flags.begin();
  const auto last = flags.rend() - std::find(flags.rbegin(), flags.rend(), true);  // one past
  CHECK(last - first > reversed);

  // not periodic: no shift of 1..7 statements maps the pattern onto itself (a shift of 1 would be
  // all the same, of 2 every other one, of 3 every third, ...)
  for (std::size_t period = 1; period <= 7; ++period) {
    CAPTURE(period);
    bool repeats = true;
    for (std::size_t i = 0; i + period < flags.size(); ++i) {
      if (flags[i] != flags[i + period]) repeats = false;
    }
    CHECK_FALSE(repeats);
  }
}

TEST_CASE("published version 2 keeps its scoring definition", "[builtin][reverse][versions]") {
  // Links, files and history made with version 2 are scored by it for ever: its reversed
  // statements, scale and bands must never change (a change needs a version 3).
  const auto& v2 = test::builtin(2);
  std::vector<bool> expected(15, false);
  for (const int n : {2, 3, 5, 7, 9, 10, 14}) expected[static_cast<std::size_t>(n - 1)] = true;
  CHECK(reverse_flags(v2) == expected);
  CHECK(v2.scale_min == 0);
  CHECK(v2.scale_max == 10);
  // version 1 reversed nothing
  CHECK(reverse_flags(test::builtin(1)) == std::vector<bool>(15, false));
}

TEST_CASE("built-in: no statement names a pole at either end", "[builtin][reverse]") {
  // Nobody should be able to push the result by knowing which end is "mastery".
  for (const auto& item : test::builtin().items) {
    CAPTURE(item.id, item.low, item.high);
    for (const char* word : {"mastery", "management"}) {
      CHECK_FALSE(mentions(item.low, word));
      CHECK_FALSE(mentions(item.high, word));
    }
  }
}

TEST_CASE("versions 1 and 2 share the id, themes and bands", "[builtin][versions]") {
  // What a saved result points at must mean the same in both versions.
  const auto& v1 = test::builtin(1);
  const auto& v2 = test::builtin(2);
  CHECK(v1.id == v2.id);
  CHECK(v1.scale_min == v2.scale_min);
  CHECK(v1.scale_max == v2.scale_max);
  CHECK(v1.item_count() == v2.item_count());
  REQUIRE(v1.themes.size() == v2.themes.size());
  for (std::size_t t = 0; t < v1.themes.size(); ++t) CHECK(v1.themes[t].id == v2.themes[t].id);
  REQUIRE(v1.bands.size() == v2.bands.size());
  for (std::size_t b = 0; b < v1.bands.size(); ++b) {
    CAPTURE(b);
    CHECK(v1.bands[b].id == v2.bands[b].id);
    CHECK(v1.bands[b].min == v2.bands[b].min);
    CHECK(v1.bands[b].max == v2.bands[b].max);
  }
}

TEST_CASE("built-in: the source is credited and the tool's limits are stated",
          "[builtin][credit]") {
  const auto& q = test::builtin();
  REQUIRE_FALSE(q.credit.empty());
  REQUIRE_FALSE(q.about.empty());
  const std::string about = joined(q.about);
  for (const char* name : {"Mike Hawkins", "Management vs Mastery"}) {
    CAPTURE(name);
    CHECK(test::contains(q.credit, name));
    CHECK(test::contains(about, name));
  }
  CHECK(mentions(about, "not a validated psychometric test"));
  for (const auto& p : q.about) CHECK_FALSE(p.empty());
}

TEST_CASE("built-in: the 'both' advice limits management to a few people, credited",
          "[builtin][credit]") {
  const auto& both = test::builtin().bands[1];
  REQUIRE(both.id == "both");
  bool found = false;
  for (const auto& a : both.advice) {
    if (mentions(a, "limit") && mentions(a, "few")) {
      found = true;
      // the caution is the source article's, so it is credited where it is given
      CHECK(test::contains(a, "Hawkins"));
    }
  }
  CHECK(found);
}

TEST_CASE("built-in: band summaries claim no more than any result in the band shows",
          "[builtin][texts]") {
  const auto& q = test::builtin();
  // any band can be borderline (49 and 101 are one point from "both"), so none is "clear"
  for (const auto& band : q.bands) {
    CAPTURE(band.id, band.summary);
    CHECK_FALSE(mentions(band.summary, "clear"));
  }
  // "both" is also the band of all-middle answers, which pull neither way: its summary must not
  // say the person is drawn to both
  const auto& both = q.bands[1];
  REQUIRE(both.id == "both");
  CAPTURE(both.summary);
  CHECK_FALSE(mentions(both.summary, "drawn both"));
  CHECK_FALSE(mentions(both.summary, "drawn to both"));
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
