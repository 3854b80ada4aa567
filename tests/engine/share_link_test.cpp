// encode_share / decode_share: round trips, and every way a link can be damaged is refused.
#include "crossroads/share_link.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

#include "test_support.hpp"

using namespace crossroads;

namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// The documented checksum (FNV-1a 32 bit, six base64url characters, low bits first), so tests can
// build codes whose checksum is right but whose content is wrong.
std::string checksum(std::string_view text) {
  std::uint32_t h = 2166136261U;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619U;
  }
  std::string out;
  for (int i = 0; i < 6; ++i) {
    out.push_back(kAlphabet[h & 63U]);
    h >>= 6U;
  }
  return out;
}

std::string sealed(const std::string& body) {
  return body + "." + checksum(body);
}

std::vector<int> random_answers(std::mt19937& rng, const Questionnaire& q) {
  std::uniform_int_distribution<int> d(q.scale_min, q.scale_max);
  std::vector<int> a(q.items.size());
  for (auto& x : a) x = d(rng);
  return a;
}

void expect_refused(const Questionnaire& q, const std::string& code, ErrorCode expected) {
  CAPTURE(code);
  const auto d = decode_share(q, code);
  REQUIRE_FALSE(d.ok());
  CHECK(code_name(d.error().code) == code_name(expected));
  CHECK_FALSE(d.error().message.empty());
}

}  // namespace

TEST_CASE("share codes have the documented format", "[share]") {
  // The answers as given, not their scored values: version 2's reversed statements change nothing.
  const auto& q = test::builtin(2);
  const std::vector<int> a{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 10, 5, 5};
  const auto code = encode_share(q, a);
  CHECK(code.rfind("c1.crossroads.2.ABCDEFGHIJKAKFF.", 0) == 0);
  CHECK(code.size() == std::string("c1.crossroads.2.ABCDEFGHIJKAKFF.").size() + 6);
  CHECK(code == sealed("c1.crossroads.2.ABCDEFGHIJKAKFF"));
  for (const char c : code) CHECK((kAlphabet.find(c) != std::string_view::npos || c == '.'));
  // the same answers for version 1 differ only in the version
  CHECK(encode_share(test::builtin(1), a) == sealed("c1.crossroads.1.ABCDEFGHIJKAKFF"));
}

TEST_CASE("share codes round-trip for many random answer sets", "[share][property]") {
  const auto& q = test::builtin();
  std::mt19937 rng(4242);
  for (int n = 0; n < 5000; ++n) {
    const auto a = random_answers(rng, q);
    const auto code = encode_share(q, a);
    const auto back = decode_share(q, code);
    if (!back.ok()) FAIL("decode failed for " << code << ": " << back.error().message);
    if (back.value() != a) FAIL("round trip changed the answers for " << code);
  }
}

TEST_CASE("share codes round-trip on custom scales", "[share][custom]") {
  std::mt19937 rng(17);
  for (const auto& [min, max, items] : std::vector<std::tuple<int, int, int>>{
           {1, 5, 4}, {-3, 3, 6}, {0, 63, 5}, {-50, 50, 7}, {0, 100, 20}}) {
    CAPTURE(min, max, items);
    test::Spec s;
    s.min = min;
    s.max = max;
    s.items = items;
    s.themes = 1;
    const auto q = test::load(s);
    for (int n = 0; n < 500; ++n) {
      const auto a = random_answers(rng, q);
      const auto back = decode_share(q, encode_share(q, a));
      REQUIRE(back.ok());
      REQUIRE(back.value() == a);
    }
    // the extremes
    for (const int v : {min, max}) {
      const std::vector<int> a(static_cast<std::size_t>(items), v);
      const auto back = decode_share(q, encode_share(q, a));
      REQUIRE(back.ok());
      CHECK(back.value() == a);
    }
  }
}

TEST_CASE("a 0-100 scale uses two characters per answer", "[share][custom]") {
  test::Spec s;
  s.id = "wide";
  s.min = 0;
  s.max = 100;
  s.items = 3;
  s.themes = 1;
  const auto q = test::load(s);
  const auto code = encode_share(q, {0, 100, 64});
  // 0 -> "AA", 100 = 1*64+36 -> "Bk", 64 -> "BA"
  CHECK(code == sealed("c1.wide.1.AABkBA"));
  const auto back = decode_share(q, code);
  REQUIRE(back.ok());
  CHECK(back.value() == std::vector<int>{0, 100, 64});
  // an answer above the scale with a valid checksum is refused, naming the statement
  const auto over = decode_share(q, sealed("c1.wide.1.AABlBA"));  // 101
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().code == ErrorCode::bad_link);
  CHECK(over.error().item == 2);
  // one character per answer is the wrong length for this questionnaire
  expect_refused(q, sealed("c1.wide.1.AAA"), ErrorCode::bad_link);
  // a 0-63 scale still fits one character
  test::Spec narrow = s;
  narrow.max = 63;
  const auto q63 = test::load(narrow);
  CHECK(encode_share(q63, {0, 63, 1}) == sealed("c1.wide.1.A_B"));
}

TEST_CASE("decode refuses truncated codes", "[share]") {
  const auto& q = test::builtin();
  const auto code = encode_share(q, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4});
  expect_refused(q, code.substr(0, code.size() - 1), ErrorCode::bad_link);  // last char dropped
  expect_refused(q, code.substr(0, code.size() - 7), ErrorCode::bad_link);  // checksum dropped
  expect_refused(q, code.substr(0, code.size() / 2), ErrorCode::bad_link);
  for (std::size_t i = 0; i < code.size(); ++i) {  // any one character dropped
    std::string cut = code;
    cut.erase(i, 1);
    expect_refused(q, cut, ErrorCode::bad_link);
  }
}

TEST_CASE("decode refuses a changed answer character (checksum)", "[share]") {
  const auto& q = test::builtin();
  const std::vector<int> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4};
  const auto code = encode_share(q, a);
  // the answers start after "c1.crossroads.<version>."
  const std::size_t dot = code.find('.', std::string("c1.crossroads.").size());
  REQUIRE(dot != std::string::npos);
  const std::size_t first = dot + 1;
  for (std::size_t i = first; i < first + 15; ++i) {
    for (const char c : {'A', 'F', 'K'}) {
      if (code[i] == c) continue;
      std::string changed = code;
      changed[i] = c;
      expect_refused(q, changed, ErrorCode::bad_link);
    }
  }
  // a changed checksum character
  std::string changed = code;
  changed.back() = changed.back() == 'A' ? 'B' : 'A';
  expect_refused(q, changed, ErrorCode::bad_link);
}

TEST_CASE("decode refuses a code for another questionnaire or version", "[share]") {
  const auto& q = test::builtin();
  const std::vector<int> a(15, 5);
  test::Spec other;
  other.id = "other";
  expect_refused(q, encode_share(test::load(other), a), ErrorCode::wrong_questionnaire);
  // a later version of the same id
  test::Spec later;
  later.id = "crossroads";
  later.version = builtin_latest_version() + 1;
  const auto q_later = test::load(later);
  expect_refused(q, encode_share(q_later, a), ErrorCode::wrong_questionnaire);
  expect_refused(q_later, encode_share(q, a), ErrorCode::wrong_questionnaire);
  const auto d = decode_share(q, encode_share(q_later, a));
  CHECK(test::contains(d.error().message, "version " + std::to_string(later.version)));
}

TEST_CASE("a version 1 link opens with version 1 and is refused by version 2",
          "[share][versions]") {
  const auto& v1 = test::builtin(1);
  const auto& v2 = test::builtin(2);
  const std::vector<int> a{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 10, 5, 5};
  const auto old_link = encode_share(v1, a);
  REQUIRE(old_link.rfind("c1.crossroads.1.", 0) == 0);
  const auto by_v1 = decode_share(v1, old_link);
  REQUIRE(by_v1.ok());
  CHECK(by_v1.value() == a);
  expect_refused(v2, old_link, ErrorCode::wrong_questionnaire);
  CHECK(test::contains(decode_share(v2, old_link).error().message, "version 1"));

  // and the other way round
  const auto new_link = encode_share(v2, a);
  REQUIRE(new_link.rfind("c1.crossroads.2.", 0) == 0);
  const auto by_v2 = decode_share(v2, new_link);
  REQUIRE(by_v2.ok());
  CHECK(by_v2.value() == a);
  expect_refused(v1, new_link, ErrorCode::wrong_questionnaire);
  CHECK(test::contains(decode_share(v1, new_link).error().message, "version 2"));
}

TEST_CASE("decode refuses wrong prefixes, garbage, empty and very long codes", "[share]") {
  const auto& q = test::builtin(1);  // the version the hand-made codes below name
  const std::string answers = "FFFFFFFFFFFFFFF";
  expect_refused(q, sealed("c2.crossroads.1." + answers), ErrorCode::bad_link);
  expect_refused(q, sealed("C1.crossroads.1." + answers), ErrorCode::bad_link);
  expect_refused(q, "", ErrorCode::bad_link);
  expect_refused(q, ".", ErrorCode::bad_link);
  expect_refused(q, "....", ErrorCode::bad_link);
  expect_refused(q, "c1....", ErrorCode::bad_link);
  expect_refused(q, "hello world", ErrorCode::bad_link);
  expect_refused(q, "c1.crossroads.1." + answers + ".XXXXXX.extra", ErrorCode::bad_link);
  expect_refused(q, std::string("c1.crossroads.1.") + std::string(1, '\0') + "\xff\n.AAAAAA",
                 ErrorCode::bad_link);
  expect_refused(q, encode_share(q, std::vector<int>(15, 5)) + std::string(3000, 'A'),
                 ErrorCode::bad_link);
  expect_refused(q, std::string(100000, '.'), ErrorCode::bad_link);
  // well sealed but wrong content: too few / too many answers, a character outside the alphabet,
  // an answer above the scale
  expect_refused(q, sealed("c1.crossroads.1.FFFFFFFFFFFFFF"), ErrorCode::bad_link);
  expect_refused(q, sealed("c1.crossroads.1.FFFFFFFFFFFFFFFF"), ErrorCode::bad_link);
  expect_refused(q, sealed("c1.crossroads.1.FFFFFFF+FFFFFFF"), ErrorCode::bad_link);
  const auto over =
      decode_share(q, sealed("c1.crossroads.1.FFFFFFFFFFFFFFL"));  // 11 on statement 15
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().code == ErrorCode::bad_link);
  CHECK(over.error().item == 15);
  // the well-sealed control is accepted
  const auto ok = decode_share(q, sealed("c1.crossroads.1." + answers));
  REQUIRE(ok.ok());
  CHECK(ok.value() == std::vector<int>(15, 5));
}
