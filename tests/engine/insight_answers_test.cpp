// The insight rules of docs/questionnaire-schema.md about the answers themselves: drivers, shape
// and quality notes, with the built-in numbers, on the built-in's reversed statements and on a
// custom 1-5 scale.
#include <catch2/catch.hpp>

#include "crossroads/insight.hpp"
#include "test_support.hpp"

using namespace crossroads;

namespace {

bool has(const std::vector<Quality>& notes, Quality n) {
  return std::find(notes.begin(), notes.end(), n) != notes.end();
}

}  // namespace

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
  // and the same through score(), answered so the scored values are v
  const auto r = test::score_ok(q, test::answers_for(q, v));
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
  const auto q = test::five_point();
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
  const auto q = test::five_point();
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
  const auto q = test::five_point();
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

// Version 2 reverses statements 2, 3, 5, 7, 9, 10 and 14: drivers and shape follow the scored
// values (toward a pole), while quality notes look at the answers as given.

TEST_CASE("version 2: an answer on a reversed statement drives toward the other pole",
          "[insight][drivers][reverse]") {
  const auto& q = test::builtin(2);
  REQUIRE(q.items[1].reverse);
  REQUIRE_FALSE(q.items[0].reverse);
  std::vector<int> a(15, 5);
  a[1] = 0;  // statement 2, reversed: its low end, scored 10, a mastery driver
  a[0] = 0;  // statement 1, not reversed: a management driver
  const auto r = test::score_ok(q, a);
  CHECK(r.drivers.high == std::vector<int>{2});
  CHECK(r.drivers.low == std::vector<int>{1});
  // and the other way round
  a[1] = 10;
  a[0] = 10;
  const auto back = test::score_ok(q, a);
  CHECK(back.drivers.low == std::vector<int>{2});
  CHECK(back.drivers.high == std::vector<int>{1});

  // every reversed statement answered 1 (scored 9) drives toward mastery, strongest first
  std::vector<int> ones(15, 5);
  for (const std::size_t i : {1, 2, 4, 6, 8, 9, 13}) ones[i] = 1;
  ones[13] = 0;  // statement 14, scored 10: the strongest
  const auto r1 = test::score_ok(q, ones);
  CHECK(r1.drivers.high == std::vector<int>{14, 2, 3});
  CHECK(r1.drivers.low.empty());
}

TEST_CASE("version 2: shape follows the scored values", "[insight][shape][reverse]") {
  const auto& q = test::builtin(2);
  // all 10s: eight values at 10 and seven at 0, strong both ways
  CHECK(test::score_ok(q, std::vector<int>(15, 10)).shape == Shape::split);
  CHECK(test::score_ok(q, std::vector<int>(15, 0)).shape == Shape::split);
  // answers at both ends that all point to mastery once reversed: consistent, not split
  std::vector<int> craft(15, 10);
  for (const std::size_t i : {1, 2, 4, 6, 8, 9, 13}) craft[i] = 0;
  CHECK(shape_of(q, craft) == Shape::split);  // the raw answers would look split
  const auto r = test::score_ok(q, craft);
  CHECK(r.values == std::vector<int>(15, 10));
  CHECK(r.shape == Shape::consistent);
  CHECK(r.total == 150);
  // 4 and 6 around the middle stay centred whichever way they are turned
  CHECK(test::score_ok(q, {4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4}).shape == Shape::centred);
}

TEST_CASE("version 2: quality notes use the answers as given", "[insight][quality][reverse]") {
  const auto& q = test::builtin(2);
  // all-10 answers are a straight line, though their scored values are 10s and 0s
  const auto tens = test::score_ok(q, std::vector<int>(15, 10));
  CHECK(tens.values != std::vector<int>(15, 10));
  CHECK(has(tens.quality, Quality::straight_line));
  // answers that give all-10 values are not a straight line
  std::vector<int> craft(15, 10);
  for (const std::size_t i : {1, 2, 4, 6, 8, 9, 13}) craft[i] = 0;
  const auto r = test::score_ok(q, craft);
  CHECK(r.values == std::vector<int>(15, 10));
  CHECK_FALSE(has(r.quality, Quality::straight_line));
  // all 5s stay 5s and are mostly middle
  const auto fives = test::score_ok(q, std::vector<int>(15, 5));
  CHECK(has(fives.quality, Quality::straight_line));
  CHECK(has(fives.quality, Quality::mostly_middle));
}
