// The insight rules of docs/questionnaire-schema.md about the total: margin, borderline and theme
// leaning, with the built-in numbers and on a custom 1-5 scale; which end an answer chose; the
// names. Drivers, shape and quality notes: insight_answers_test.cpp; the written rules against
// the engine on random questionnaires: insight_property_test.cpp.
#include "crossroads/insight.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace crossroads;

namespace {

std::string toward(const Questionnaire& q, const std::optional<Margin>& m) {
  return q.bands[m->toward].id;
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
    // and the same through score(), answered so the scored values make that total
    const auto r = test::score_ok(q, test::answers_for(q, test::summing_to(c.total)));
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
    const auto answers = test::answers_for(q, test::summing_to(c.total));
    CHECK(test::score_ok(q, answers).borderline == c.borderline);
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
  const auto q = test::five_point();
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
  // through score(): scored values giving themes at 9, 10, 20, 21, 30
  const std::vector<int> values{3, 3, 3, 4, 3, 3, 10, 10, 0, 7, 7, 7, 10, 10, 10};
  const auto r = test::score_ok(q, test::answers_for(q, values));
  const std::vector<std::string> expected{"management", "both", "both", "mastery", "mastery"};
  for (std::size_t t = 0; t < 5; ++t) {
    CAPTURE(t, r.themes[t].score);
    CHECK(q.bands[r.themes[t].leaning].id == expected[t]);
  }
}

TEST_CASE("theme leaning on a 1-5 scale (themes 5-25)", "[insight][leaning][custom]") {
  const auto q = test::five_point();
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

TEST_CASE("end_of: which end of a statement an answer chose", "[insight][end]") {
  CHECK(end_name(End::low) == "low");
  CHECK(end_name(End::middle) == "middle");
  CHECK(end_name(End::high) == "high");
  SECTION("0-10: 0-4 low, 5 middle, 6-10 high") {
    const auto& q = test::builtin();
    for (int a = 0; a <= 10; ++a) {
      CAPTURE(a);
      CHECK(end_of(q, a) == (a < 5 ? End::low : a == 5 ? End::middle : End::high));
    }
  }
  SECTION("1-5: 3 is the middle") {
    const auto q = test::five_point();
    CHECK(end_of(q, 1) == End::low);
    CHECK(end_of(q, 2) == End::low);
    CHECK(end_of(q, 3) == End::middle);
    CHECK(end_of(q, 4) == End::high);
    CHECK(end_of(q, 5) == End::high);
  }
  SECTION("1-4 has no middle answer: every answer chose an end") {
    test::Spec s;
    s.items = 4;
    s.themes = 1;
    s.min = 1;
    s.max = 4;
    const auto q = test::load(s);
    CHECK(end_of(q, 1) == End::low);
    CHECK(end_of(q, 2) == End::low);
    CHECK(end_of(q, 3) == End::high);
    CHECK(end_of(q, 4) == End::high);
  }
  SECTION("-3..3 and 0-1") {
    test::Spec s;
    s.items = 4;
    s.themes = 1;
    s.min = -3;
    s.max = 3;
    const auto q = test::load(s);
    CHECK(end_of(q, -3) == End::low);
    CHECK(end_of(q, -1) == End::low);
    CHECK(end_of(q, 0) == End::middle);
    CHECK(end_of(q, 1) == End::high);
    s.min = 0;
    s.max = 1;
    const auto binary = test::load(s);
    CHECK(end_of(binary, 0) == End::low);
    CHECK(end_of(binary, 1) == End::high);
  }
}

TEST_CASE("end_of is about the answer as seen, not its reversed value", "[insight][end][reverse]") {
  // Statement 2 of version 2 is reversed: an answer of 1 chose its low end, and is scored 9.
  const auto& q = test::builtin(2);
  REQUIRE(q.items[1].reverse);
  std::vector<int> a(15, 5);
  a[1] = 1;
  a[0] = 1;
  const auto r = test::score_ok(q, a);
  REQUIRE(r.values[1] == 9);
  CHECK(end_of(q, r.answers[1]) == End::low);
  CHECK(end_of(q, r.answers[0]) == End::low);
  CHECK(end_of(q, r.values[1]) == End::high);  // the value is toward the other pole
}
