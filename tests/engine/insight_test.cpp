// The insight rules of docs/questionnaire-schema.md: margin, borderline, drivers, shape, quality
// notes and theme leaning, with the built-in numbers and on a custom 1-5 scale.
#include "crossroads/insight.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "test_support.hpp"

using namespace crossroads;

namespace {

std::string toward(const Questionnaire& q, const std::optional<Margin>& m) {
  return q.bands[m->toward].id;
}

bool has(const std::vector<Quality>& notes, Quality n) {
  return std::find(notes.begin(), notes.end(), n) != notes.end();
}

// 1-5 scale, 10 statements in 2 themes, bands 10-24 / 25-35 / 36-50.
Questionnaire five_point() {
  test::Spec s;
  s.items = 10;
  s.themes = 2;
  s.min = 1;
  s.max = 5;
  s.bands = {{10, 24}, {25, 35}, {36, 50}};
  return test::load(s);
}

}  // namespace

TEST_CASE("margin on the built-in questionnaire", "[insight][margin]") {
  const auto& q = test::builtin();
  struct Case {
    int total;
    int points;
    const char* toward;
  };
  for (const Case c :
       {Case{49, 1, "both"}, Case{50, 1, "management"}, Case{97, 4, "mastery"},
        Case{100, 1, "mastery"}, Case{101, 1, "both"}, Case{0, 50, "both"},
        Case{75, 26, "management"}, Case{74, 25, "management"}, Case{76, 25, "mastery"},
        Case{150, 50, "both"}, Case{45, 5, "both"}, Case{105, 5, "both"}}) {
    CAPTURE(c.total);
    const auto m = margin_of(q, c.total);
    REQUIRE(m.has_value());
    CHECK(m->points == c.points);
    CHECK(toward(q, m) == c.toward);
    // and the same through score()
    const auto r = test::score_ok(q, test::summing_to(c.total));
    REQUIRE(r.margin.has_value());
    CHECK(r.margin->points == c.points);
    CHECK(toward(q, r.margin) == c.toward);
  }
}

TEST_CASE("borderline is a margin of at most 5 on the built-in", "[insight][margin]") {
  const auto& q = test::builtin();
  CHECK(is_borderline(q, Margin{5, 1}));
  CHECK_FALSE(is_borderline(q, Margin{6, 1}));
  CHECK(is_borderline(q, Margin{1, 0}));
  CHECK_FALSE(is_borderline(q, std::nullopt));
  struct Case {
    int total;
    bool borderline;
  };
  for (const Case c :
       {Case{44, false}, Case{45, true}, Case{49, true}, Case{50, true}, Case{54, true},
        Case{55, false}, Case{95, false}, Case{96, true}, Case{100, true}, Case{101, true},
        Case{105, true}, Case{106, false}, Case{0, false}, Case{75, false}, Case{150, false}}) {
    CAPTURE(c.total);
    CHECK(test::score_ok(q, test::summing_to(c.total)).borderline == c.borderline);
  }
}

TEST_CASE("a questionnaire with one band has no margin and is never borderline",
          "[insight][margin]") {
  test::Spec s;
  s.bands = {{0, 150}};
  const auto q = test::load(s);
  for (const int total : {0, 1, 75, 149, 150}) {
    CAPTURE(total);
    CHECK_FALSE(margin_of(q, total).has_value());
    const auto r = test::score_ok(q, test::summing_to(total));
    CHECK_FALSE(r.margin.has_value());
    CHECK_FALSE(r.borderline);
  }
}

TEST_CASE("margin and borderline on a 1-5 scale with 10 statements", "[insight][margin][custom]") {
  const auto q = five_point();
  REQUIRE(q.min_total() == 10);
  REQUIRE(q.max_total() == 50);
  struct Case {
    int total;
    int points;
    const char* toward;
    bool borderline;  // at most 50/30 -> 1 point
  };
  for (const Case c : {Case{10, 15, "b2", false}, Case{24, 1, "b2", true}, Case{23, 2, "b2", false},
                       Case{25, 1, "b1", true}, Case{30, 6, "b1", false},  // tie 6/6 -> lower band
                       Case{31, 5, "b3", false}, Case{35, 1, "b3", true}, Case{36, 1, "b2", true},
                       Case{50, 15, "b2", false}}) {
    CAPTURE(c.total);
    const auto m = margin_of(q, c.total);
    REQUIRE(m.has_value());
    CHECK(m->points == c.points);
    CHECK(toward(q, m) == c.toward);
    CHECK(is_borderline(q, m) == c.borderline);
    const auto r = test::score_ok(q, test::summing_to(c.total, 10, 1, 5));
    CHECK(r.borderline == c.borderline);
  }
}

TEST_CASE("margin ties go to the lower band on an even split", "[insight][margin]") {
  // 3 statements on 0-10, bands 0-9 / 10-19 / 20-30
  test::Spec s;
  s.items = 3;
  s.themes = 1;
  s.bands = {{0, 9}, {10, 19}, {20, 30}};
  const auto q = test::load(s);
  const auto m = margin_of(q, 14);  // 5 down to 9, 6 up to 20
  REQUIRE(m);
  CHECK(m->points == 5);
  CHECK(toward(q, m) == "b1");
  const auto up = margin_of(q, 15);  // 6 down, 5 up
  REQUIRE(up);
  CHECK(up->points == 5);
  CHECK(toward(q, up) == "b3");
}

TEST_CASE("drivers: only answers at least 2 from the middle", "[insight][drivers]") {
  const auto& q = test::builtin();
  std::vector<int> v(15, 5);
  v[1] = 3;  // counts toward management
  v[2] = 7;  // counts toward mastery
  v[3] = 4;  // does not
  v[4] = 6;  // does not
  const auto d = drivers_of(q, v);
  CHECK(d.low == std::vector<int>{2});
  CHECK(d.high == std::vector<int>{3});
  CHECK(drivers_of(q, std::vector<int>{4, 6, 4, 6, 5, 5, 4, 6, 4, 6, 5, 5, 4, 6, 5}).low.empty());
  CHECK(drivers_of(q, std::vector<int>{4, 6, 4, 6, 5, 5, 4, 6, 4, 6, 5, 5, 4, 6, 5}).high.empty());
}

TEST_CASE("drivers: strongest first, at most three per pole", "[insight][drivers]") {
  const auto& q = test::builtin();
  //                    1  2  3  4  5  6  7   8  9  10 11 12 13 14 15
  const std::vector<int> v{5, 3, 7, 4, 6, 0, 10, 2, 8, 1, 9, 5, 5, 5, 5};
  const auto d = drivers_of(q, v);
  CHECK(d.low == std::vector<int>{6, 10, 8});
  CHECK(d.high == std::vector<int>{7, 11, 9});
  const auto r = test::score_ok(q, v);
  CHECK(r.drivers.low == d.low);
  CHECK(r.drivers.high == d.high);
}

TEST_CASE("drivers: ties are in statement order", "[insight][drivers]") {
  const auto& q = test::builtin();
  std::vector<int> v(15, 5);
  v[13] = 0;
  v[8] = 0;
  v[1] = 0;
  v[0] = 1;
  v[14] = 10;
  v[11] = 10;
  v[3] = 10;
  v[2] = 10;
  v[6] = 10;
  const auto d = drivers_of(q, v);
  CHECK(d.low == std::vector<int>{2, 9, 14});
  CHECK(d.high == std::vector<int>{3, 4, 7});

  // many equal answers: always the first three
  CHECK(drivers_of(q, std::vector<int>(15, 0)).low == std::vector<int>{1, 2, 3});
  CHECK(drivers_of(q, std::vector<int>(15, 0)).high.empty());
  CHECK(drivers_of(q, std::vector<int>(15, 8)).high == std::vector<int>{1, 2, 3});
  std::vector<int> sevens(15, 7);
  sevens[12] = 8;
  CHECK(drivers_of(q, sevens).high == std::vector<int>{13, 1, 2});
}

TEST_CASE("drivers: a reverse item counts toward the opposite pole",
          "[insight][drivers][reverse]") {
  test::Spec s;
  s.reverse = {1, 2};
  const auto q = test::load(s);
  std::vector<int> a(15, 5);
  a[0] = 0;   // answered toward the low end, scored 10: a mastery driver
  a[1] = 10;  // answered toward the high end, scored 0: a management driver
  a[2] = 0;   // not reversed: management
  const auto r = test::score_ok(q, a);
  CHECK(r.drivers.high == std::vector<int>{1});
  CHECK(r.drivers.low == std::vector<int>{2, 3});
}

TEST_CASE("drivers scale with the range: on 1-5 any answer off the middle counts",
          "[insight][drivers][custom]") {
  // a fifth of the range (0.8 points on 1-5) from the middle: 2 and 4 count, 3 does not
  const auto q = five_point();
  const auto d = drivers_of(q, {1, 2, 3, 4, 5, 5, 1, 2, 4, 3});
  CHECK(d.low == std::vector<int>{1, 7, 2});
  CHECK(d.high == std::vector<int>{5, 6, 4});
}

TEST_CASE("shape on the built-in: split needs 3 strong answers at each end", "[insight][shape]") {
  const auto& q = test::builtin();
  // fillers 3 and 7 are neither strong nor middle
  const std::vector<int> three_three{0, 1, 2, 8, 9, 10, 3, 7, 3, 7, 3, 7, 3, 7, 3};
  CHECK(shape_of(q, three_three) == Shape::split);
  const std::vector<int> two_low{0, 1, 3, 8, 9, 10, 3, 7, 3, 7, 3, 7, 3, 7, 3};
  CHECK(shape_of(q, two_low) == Shape::consistent);
  const std::vector<int> two_high{0, 1, 2, 8, 9, 7, 3, 7, 3, 7, 3, 7, 3, 7, 3};
  CHECK(shape_of(q, two_high) == Shape::consistent);
  // split wins over centred
  const std::vector<int> split_and_middle{0, 2, 2, 8, 8, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5};
  CHECK(shape_of(q, split_and_middle) == Shape::split);
  // strong edges: 2 and 8 are strong, 3 and 7 are not
  CHECK(shape_of(q, {2, 2, 2, 8, 8, 8, 3, 3, 3, 7, 7, 7, 3, 7, 3}) == Shape::split);
  CHECK(shape_of(q, {3, 3, 3, 7, 7, 7, 3, 3, 3, 7, 7, 7, 3, 7, 3}) == Shape::consistent);
}

TEST_CASE("shape on the built-in: centred needs 9 answers at 4-6", "[insight][shape]") {
  const auto& q = test::builtin();
  CHECK(shape_of(q, {4, 5, 6, 4, 5, 6, 4, 5, 6, 3, 7, 3, 7, 3, 7}) == Shape::centred);
  CHECK(shape_of(q, {4, 5, 6, 4, 5, 6, 4, 5, 3, 3, 7, 3, 7, 3, 7}) == Shape::consistent);
  // with two strong answers each way it is still centred
  CHECK(shape_of(q, {4, 5, 6, 4, 5, 6, 4, 5, 6, 0, 0, 10, 10, 3, 7}) == Shape::centred);
  CHECK(shape_of(q, std::vector<int>(15, 5)) == Shape::centred);
  CHECK(shape_of(q, std::vector<int>(15, 10)) == Shape::consistent);
  CHECK(shape_of(q, std::vector<int>(15, 0)) == Shape::consistent);
}

TEST_CASE("shape uses scored values (reverse items)", "[insight][shape][reverse]") {
  test::Spec s;
  s.reverse = {1, 2, 3};
  const auto q = test::load(s);
  // raw answers: six 0s, but the first three are reversed to 10
  const std::vector<int> a{0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3};
  CHECK(test::score_ok(q, a).shape == Shape::split);
}

TEST_CASE("shape on a 1-5 scale with 10 statements", "[insight][shape][custom]") {
  const auto q = five_point();
  // a fifth of 10 is 2: strong means 1 or 5
  CHECK(shape_of(q, {1, 1, 5, 5, 2, 4, 2, 4, 2, 4}) == Shape::split);
  CHECK(shape_of(q, {1, 2, 5, 5, 2, 4, 2, 4, 2, 4}) == Shape::consistent);
  // three fifths of 10 is 6: middle means exactly 3
  CHECK(shape_of(q, {3, 3, 3, 3, 3, 3, 2, 4, 2, 4}) == Shape::centred);
  CHECK(shape_of(q, {3, 3, 3, 3, 3, 2, 2, 4, 2, 4}) == Shape::consistent);
}

TEST_CASE("quality: straight_line when every answer is the same", "[insight][quality]") {
  const auto& q = test::builtin();
  for (const int a : {0, 3, 7, 10}) {
    CAPTURE(a);
    const auto notes = quality_of(q, std::vector<int>(15, a), std::nullopt);
    CHECK(has(notes, Quality::straight_line));
    CHECK_FALSE(has(notes, Quality::mostly_middle));
  }
  std::vector<int> almost(15, 7);
  almost[14] = 6;
  CHECK_FALSE(has(quality_of(q, almost, std::nullopt), Quality::straight_line));
  const auto fives = quality_of(q, std::vector<int>(15, 5), std::nullopt);
  CHECK(has(fives, Quality::straight_line));
  CHECK(has(fives, Quality::mostly_middle));
}

TEST_CASE("quality: mostly_middle needs 12 fives", "[insight][quality]") {
  const auto& q = test::builtin();
  std::vector<int> twelve(15, 5);
  twelve[0] = 0;
  twelve[7] = 10;
  twelve[14] = 6;
  CHECK(has(quality_of(q, twelve, std::nullopt), Quality::mostly_middle));
  std::vector<int> eleven = twelve;
  eleven[3] = 4;
  CHECK_FALSE(has(quality_of(q, eleven, std::nullopt), Quality::mostly_middle));
  // 4 and 6 are not the middle
  CHECK_FALSE(has(quality_of(q, {4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4}, std::nullopt),
                  Quality::mostly_middle));
}

TEST_CASE("quality: fast under 30 seconds on the built-in", "[insight][quality]") {
  const auto& q = test::builtin();
  const std::vector<int> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4};
  CHECK(has(quality_of(q, a, 29.9), Quality::fast));
  CHECK(has(quality_of(q, a, 0.0), Quality::fast));
  CHECK_FALSE(has(quality_of(q, a, 30.0), Quality::fast));
  CHECK_FALSE(has(quality_of(q, a, 300.0), Quality::fast));
  CHECK_FALSE(has(quality_of(q, a, std::nullopt), Quality::fast));
  CHECK(quality_of(q, a, 60.0).empty());
  CHECK(test::score_ok(q, a, 29.9).quality == std::vector<Quality>{Quality::fast});
  CHECK(test::score_ok(q, a).quality.empty());
}

TEST_CASE("quality on a 1-5 scale with 10 statements", "[insight][quality][custom]") {
  const auto q = five_point();
  // four fifths of 10 is 8 answers at 3
  CHECK(has(quality_of(q, {3, 3, 3, 3, 3, 3, 3, 3, 1, 5}, std::nullopt), Quality::mostly_middle));
  CHECK_FALSE(
      has(quality_of(q, {3, 3, 3, 3, 3, 3, 3, 2, 1, 5}, std::nullopt), Quality::mostly_middle));
  CHECK(has(quality_of(q, {1, 2, 3, 4, 5, 1, 2, 3, 4, 5}, 19.9), Quality::fast));
  CHECK_FALSE(has(quality_of(q, {1, 2, 3, 4, 5, 1, 2, 3, 4, 5}, 20.0), Quality::fast));
}

TEST_CASE("quality: no mostly_middle on a scale without a whole middle",
          "[insight][quality][custom]") {
  test::Spec s;
  s.items = 10;
  s.themes = 2;
  s.min = 1;
  s.max = 4;
  const auto q = test::load(s);
  const auto notes = quality_of(q, std::vector<int>(10, 2), std::nullopt);
  CHECK(has(notes, Quality::straight_line));
  CHECK_FALSE(has(notes, Quality::mostly_middle));
}

TEST_CASE("theme leaning on the built-in (0-30)", "[insight][leaning]") {
  const auto& q = test::builtin();
  struct Case {
    int subtotal;
    const char* band;
  };
  for (const Case c :
       {Case{0, "management"}, Case{9, "management"}, Case{10, "both"}, Case{15, "both"},
        Case{20, "both"}, Case{21, "mastery"}, Case{30, "mastery"}}) {
    CAPTURE(c.subtotal);
    CHECK(q.bands[leaning_of(q, c.subtotal, 0, 30)].id == c.band);
  }
  // through score(): themes at 9, 10, 20, 21, 30
  const std::vector<int> a{3, 3, 3, 4, 3, 3, 10, 10, 0, 7, 7, 7, 10, 10, 10};
  const auto r = test::score_ok(q, a);
  const std::vector<std::string> expected{"management", "both", "both", "mastery", "mastery"};
  for (std::size_t t = 0; t < 5; ++t) {
    CAPTURE(t, r.themes[t].score);
    CHECK(q.bands[r.themes[t].leaning].id == expected[t]);
  }
}

TEST_CASE("theme leaning on a 1-5 scale (themes 5-25)", "[insight][leaning][custom]") {
  const auto q = five_point();
  // bands 10-24 / 25-35 / 36-50 scaled to 5-25: b2 from 12.5, b3 from 18
  struct Case {
    int subtotal;
    const char* band;
  };
  for (const Case c : {Case{5, "b1"}, Case{12, "b1"}, Case{13, "b2"}, Case{17, "b2"},
                       Case{18, "b3"}, Case{25, "b3"}}) {
    CAPTURE(c.subtotal);
    CHECK(q.bands[leaning_of(q, c.subtotal, 5, 25)].id == c.band);
  }
}

TEST_CASE("shape and quality names", "[insight]") {
  CHECK(shape_name(Shape::split) == "split");
  CHECK(shape_name(Shape::centred) == "centred");
  CHECK(shape_name(Shape::consistent) == "consistent");
  CHECK(quality_name(Quality::straight_line) == "straight_line");
  CHECK(quality_name(Quality::mostly_middle) == "mostly_middle");
  CHECK(quality_name(Quality::fast) == "fast");
}

namespace {

// The rules written out straight from docs/questionnaire-schema.md, with plain arithmetic, to
// compare against the engine on random questionnaires.
struct Reference {
  const Questionnaire& q;

  [[nodiscard]] std::optional<Margin> margin(int total) const {
    const std::size_t own = q.band_of(total);
    std::optional<Margin> best;
    // fewest points to land in another band; walk outwards, lower band first on a tie
    for (int d = 1; d <= q.max_total() - q.min_total() && !best; ++d) {
      if (total - d >= q.min_total() && q.band_of(total - d) != own)
        best = Margin{d, q.band_of(total - d)};
      else if (total + d <= q.max_total() && q.band_of(total + d) != own)
        best = Margin{d, q.band_of(total + d)};
    }
    return best;
  }

  [[nodiscard]] Drivers drivers(const std::vector<int>& values) const {
    const double middle = (q.scale_min + q.scale_max) / 2.0;
    Drivers d;
    for (const bool high : {false, true}) {
      std::vector<std::pair<double, int>> pulls;
      for (std::size_t i = 0; i < values.size(); ++i) {
        const double toward = high ? values[i] - middle : middle - values[i];
        // a fifth of the range from the middle (2 points on 0-10)
        if (toward >= (q.scale_max - q.scale_min) / 5.0)
          pulls.emplace_back(toward, static_cast<int>(i) + 1);
      }
      std::stable_sort(pulls.begin(), pulls.end(),
                       [](auto& a, auto& b) { return a.first > b.first; });
      auto& out = high ? d.high : d.low;
      for (std::size_t i = 0; i < pulls.size() && i < 3; ++i) out.push_back(pulls[i].second);
    }
    return d;
  }

  [[nodiscard]] Shape shape(const std::vector<int>& values) const {
    const double range = q.scale_max - q.scale_min;
    const double middle = (q.scale_min + q.scale_max) / 2.0;
    const auto n = static_cast<double>(values.size());
    int low = 0, high = 0, centre = 0;
    for (const int v : values) {
      if (v - q.scale_min <= range / 5) ++low;
      if (q.scale_max - v <= range / 5) ++high;
      if (std::abs(v - middle) <= range / 10) ++centre;
    }
    if (low >= std::ceil(n / 5) && high >= std::ceil(n / 5)) return Shape::split;
    if (centre >= std::ceil(3 * n / 5)) return Shape::centred;
    return Shape::consistent;
  }

  [[nodiscard]] bool mostly_middle(const std::vector<int>& answers) const {
    if ((q.scale_min + q.scale_max) % 2 != 0) return false;
    const auto at = std::count(answers.begin(), answers.end(), (q.scale_min + q.scale_max) / 2);
    return static_cast<double>(at) >= std::ceil(4.0 * static_cast<double>(answers.size()) / 5);
  }
};

}  // namespace

TEST_CASE("property: insight rules match the written rules on random questionnaires",
          "[insight][property]") {
  std::mt19937 rng(5150);
  for (int round = 0; round < 60; ++round) {
    test::Spec s;
    const int range = std::uniform_int_distribution<int>(1, 100)(rng);
    s.min = std::uniform_int_distribution<int>(-20, 20)(rng);
    s.max = s.min + range;
    s.items = std::uniform_int_distribution<int>(1, 40)(rng);
    s.themes = std::uniform_int_distribution<int>(1, std::min(s.items, 6))(rng);
    // random band cut points
    const int lo = s.items * s.min;
    const int hi = s.items * s.max;
    const int nbands = std::uniform_int_distribution<int>(1, std::min(5, hi - lo + 1))(rng);
    std::set<int> cuts;
    while (static_cast<int>(cuts.size()) < nbands - 1)
      cuts.insert(std::uniform_int_distribution<int>(lo + 1, hi)(rng));
    int start = lo;
    for (const int c : cuts) {
      s.bands.emplace_back(start, c - 1);
      start = c;
    }
    s.bands.emplace_back(start, hi);
    for (int i = 1; i <= s.items; ++i) {
      if (rng() % 4 == 0) s.reverse.insert(i);
    }
    const auto q = test::load(s);
    const Reference ref{q};
    CAPTURE(s.min, s.max, s.items, s.bands.size());

    for (int t = lo; t <= hi; t += std::max(1, (hi - lo) / 300)) {
      const auto got = margin_of(q, t);
      const auto want = ref.margin(t);
      REQUIRE(got.has_value() == want.has_value());
      if (got) {
        CAPTURE(t);
        REQUIRE(got->points == want->points);
        REQUIRE(got->toward == want->toward);
        // borderline: at most one thirtieth of the range of possible totals
        REQUIRE(is_borderline(q, got) == (got->points * 30 <= hi - lo));
      }
    }
    std::uniform_int_distribution<int> answer(s.min, s.max);
    for (int n = 0; n < 200; ++n) {
      std::vector<int> a(static_cast<std::size_t>(s.items));
      // mix uniform answers with answers piled at the ends and the middle
      const int style = n % 3;
      for (auto& x : a) {
        x = answer(rng);
        if (style == 1 && rng() % 2) x = rng() % 2 ? s.min : s.max;
        if (style == 2 && rng() % 2) x = (s.min + s.max) / 2;
      }
      const auto r = test::score_ok(q, a);
      const auto d = ref.drivers(r.values);
      REQUIRE(r.drivers.low == d.low);
      REQUIRE(r.drivers.high == d.high);
      REQUIRE(r.shape == ref.shape(r.values));
      REQUIRE(has(r.quality, Quality::mostly_middle) == ref.mostly_middle(a));
      REQUIRE(has(r.quality, Quality::straight_line) ==
              (a.size() > 1 && std::all_of(a.begin(), a.end(), [&](int v) { return v == a[0]; })));
    }
  }
}
