// result_to_json and error_to_json, read back with RapidJSON. questionnaire_to_json and
// problems_to_json: result_json_questionnaire_test.cpp.
#include "crossroads/result_json.hpp"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace crossroads;
using test::parse_object;
using test::str;
using test::strings;

namespace {

std::vector<int> ints(const rapidjson::Value& list) {
  std::vector<int> out;
  for (const auto& v : list.GetArray()) out.push_back(v.GetInt());
  return out;
}

}  // namespace

namespace {

// Version 2 reverses statements 2, 3, 5, 7, 9, 10 and 14. These answers, as scored:
const std::vector<int> kAnswered{5, 3, 7, 4, 6, 0, 10, 2, 8, 1, 9, 5, 5, 5, 10};
const std::vector<int> kScoredV2{5, 7, 3, 4, 4, 0, 0, 2, 2, 9, 9, 5, 5, 5, 10};
// total 70 (both, 21 points above 49); themes 15 8 4 23 20; drivers toward management: the
// values of 0 (6, 7), then of 2 (8, 9), then 3 (3); toward mastery: 10 (15), then 9 (10, 11), then
// 7 (2); split (four values at 0-2, three at 8-10)

}  // namespace

TEST_CASE("result_to_json holds every documented field", "[result_json]") {
  const auto& q = test::builtin(2);
  const auto& a = kAnswered;
  const auto r = test::score_ok(q, a, 12.5);
  const auto d = parse_object(result_to_json(q, r, "row-1"));

  CHECK(d["ok"].GetBool());
  CHECK(str(d["id"]) == "row-1");
  CHECK(str(d["questionnaire"]["id"]) == "crossroads");
  CHECK(d["questionnaire"]["version"].GetInt() == 2);
  CHECK(d["total"].GetInt() == 70);
  CHECK(d["min"].GetInt() == 0);
  CHECK(d["max"].GetInt() == 150);

  const auto& band = d["band"];
  CHECK(str(band["id"]) == "both");
  CHECK(band["min"].GetInt() == 50);
  CHECK(band["max"].GetInt() == 100);
  CHECK(str(band["title"]) == "Both");
  CHECK_FALSE(str(band["summary"]).empty());
  CHECK_FALSE(str(band["explanation"]).empty());
  CHECK(band["advice"].Size() == q.bands[1].advice.size());
  CHECK(strings(band["next_steps"]) == q.bands[1].next_steps);
  CHECK(strings(band["questions"]) == q.bands[1].questions);

  REQUIRE(d["themes"].Size() == 5);
  const std::vector<std::string> ids{"impact", "energy", "style", "life", "growth"};
  const std::vector<int> scores{15, 8, 4, 23, 20};
  const std::vector<std::string> leanings{"both", "management", "management", "mastery", "both"};
  for (rapidjson::SizeType t = 0; t < 5; ++t) {
    CAPTURE(t);
    const auto& th = d["themes"][t];
    CHECK(str(th["id"]) == ids[t]);
    CHECK(str(th["title"]) == q.themes[t].title);
    CHECK(th["score"].GetInt() == scores[t]);
    CHECK(th["min"].GetInt() == 0);
    CHECK(th["max"].GetInt() == 30);
    CHECK(str(th["leaning"]) == leanings[t]);
  }

  REQUIRE(d["items"].Size() == 15);
  for (rapidjson::SizeType i = 0; i < 15; ++i) {
    CAPTURE(i);
    const auto& it = d["items"][i];
    CHECK(it["number"].GetInt() == static_cast<int>(i) + 1);
    CHECK(str(it["id"]) == q.items[i].id);
    CHECK(it["answer"].GetInt() == a[i]);
    CHECK(it["value"].GetInt() == kScoredV2[i]);
    REQUIRE(it["end"].IsString());
  }

  REQUIRE(d["margin"].IsObject());
  CHECK(d["margin"]["points"].GetInt() == 21);  // 70: 21 down to 49, 31 up to 101
  CHECK(str(d["margin"]["toward"]) == "management");
  CHECK(d["borderline"].IsBool());
  CHECK_FALSE(d["borderline"].GetBool());

  CHECK(ints(d["drivers"]["management"]) == std::vector<int>{6, 7, 8});
  CHECK(ints(d["drivers"]["mastery"]) == std::vector<int>{15, 10, 11});
  CHECK(str(d["shape"]) == "split");
  CHECK(strings(d["quality"]) == std::vector<std::string>{"fast"});
}

TEST_CASE("result_to_json: leanings, borderline, id default and quality notes", "[result_json]") {
  const auto& q = test::builtin();
  const std::vector<int> values{3, 3, 3, 4, 3,  3,  10, 10,
                                0, 7, 7, 7, 10, 10, 10};  // themes 9, 10, 20, 21, 30
  const auto d = parse_object(result_to_json(q, test::score_ok(q, test::answers_for(q, values))));
  CHECK(str(d["id"]).empty());
  CHECK(d["total"].GetInt() == 90);
  const std::vector<std::string> leanings{"management", "both", "both", "mastery", "mastery"};
  for (rapidjson::SizeType t = 0; t < 5; ++t) CHECK(str(d["themes"][t]["leaning"]) == leanings[t]);
  CHECK(d["quality"].Size() == 0);

  const auto fives = parse_object(result_to_json(q, test::score_ok(q, std::vector<int>(15, 5))));
  CHECK(strings(fives["quality"]) == std::vector<std::string>{"straight_line", "mostly_middle"});
  CHECK(str(fives["shape"]) == "centred");
  CHECK(fives["drivers"]["management"].Size() == 0);
  CHECK(fives["drivers"]["mastery"].Size() == 0);

  const auto edge = parse_object(
      result_to_json(q, test::score_ok(q, test::answers_for(q, test::summing_to(49)))));
  CHECK(str(edge["band"]["id"]) == "management");
  CHECK(edge["margin"]["points"].GetInt() == 1);
  CHECK(str(edge["margin"]["toward"]) == "both");
  CHECK(edge["borderline"].GetBool());
}

TEST_CASE("result_to_json: reverse items show answer and scored value", "[result_json][reverse]") {
  test::Spec s;
  s.reverse = {2};
  const auto q = test::load(s);
  std::vector<int> a(15, 5);
  a[1] = 1;
  const auto d = parse_object(result_to_json(q, test::score_ok(q, a)));
  CHECK(d["items"][1]["answer"].GetInt() == 1);
  CHECK(d["items"][1]["value"].GetInt() == 9);
  CHECK(str(d["items"][1]["end"]) == "low");  // the end the answer chose, before reversal
  CHECK(d["total"].GetInt() == 14 * 5 + 9);
}

TEST_CASE("result_to_json: each item names the end its answer chose", "[result_json][end]") {
  SECTION("version 2, reversed statements included") {
    const auto& q = test::builtin(2);
    const auto d = parse_object(result_to_json(q, test::score_ok(q, kAnswered)));
    //   answers 5 3 7 4 6 0 10 2 8 1 9 5 5 5 10 (5 is the middle of 0-10)
    const std::vector<std::string> ends{"middle", "low",    "high",   "low",    "high",
                                        "low",    "high",   "low",    "high",   "low",
                                        "high",   "middle", "middle", "middle", "high"};
    REQUIRE(d["items"].Size() == 15);
    for (rapidjson::SizeType i = 0; i < 15; ++i) {
      CAPTURE(i + 1);
      CHECK(str(d["items"][i]["end"]) == ends[i]);
    }
    // statement 2 is reversed: answered 3 (its low end), scored 7 (toward mastery)
    CHECK(d["items"][1]["value"].GetInt() == 7);
    CHECK(str(d["items"][1]["end"]) == "low");
  }
  SECTION("a 1-4 scale has no middle") {
    test::Spec s;
    s.items = 4;
    s.themes = 1;
    s.min = 1;
    s.max = 4;
    s.reverse = {4};
    const auto q = test::load(s);
    const auto d = parse_object(result_to_json(q, test::score_ok(q, {1, 2, 3, 4})));
    CHECK(str(d["items"][0]["end"]) == "low");
    CHECK(str(d["items"][1]["end"]) == "low");
    CHECK(str(d["items"][2]["end"]) == "high");
    CHECK(str(d["items"][3]["end"]) == "high");  // reversed: value 1, but the answer chose high
    CHECK(d["items"][3]["value"].GetInt() == 1);
  }
  SECTION("brief results have no items, so no ends") {
    const auto& q = test::builtin(2);
    const auto d = parse_object(result_to_json(q, test::score_ok(q, kAnswered), "", Detail::brief));
    CHECK(d["items"].Size() == 0);
  }
}

TEST_CASE("result_to_json: margin is null with one band; drivers keyed by pole ids",
          "[result_json]") {
  const std::string json = test::mutate(test::questionnaire_json([] {
                                          test::Spec s;
                                          s.bands = {{0, 150}};
                                          return s;
                                        }()),
                                        [](rapidjson::Document& d, auto& al) {
                                          d["poles"]["low"]["id"].SetString("people", al);
                                          d["poles"]["high"]["id"].SetString("craft", al);
                                        });
  const auto q = test::load(json);
  std::vector<int> a(15, 5);
  a[0] = 0;
  a[1] = 10;
  const auto d = parse_object(result_to_json(q, test::score_ok(q, a)));
  CHECK(d["margin"].IsNull());
  CHECK_FALSE(d["borderline"].GetBool());
  CHECK(ints(d["drivers"]["people"]) == std::vector<int>{1});
  CHECK(ints(d["drivers"]["craft"]) == std::vector<int>{2});
  CHECK_FALSE(d["drivers"].HasMember("management"));
}

TEST_CASE("result_to_json escapes ids", "[result_json]") {
  const auto& q = test::builtin();
  const std::string id = "a \"quoted\" \\ id\nwith newline";
  const auto d = parse_object(result_to_json(q, test::score_ok(q, std::vector<int>(15, 5)), id));
  CHECK(str(d["id"]) == id);
}

TEST_CASE("error_to_json has ok=false and code, item, message", "[result_json]") {
  const auto& q = test::builtin();
  auto answers = test::raw(std::vector<int>(15, 5));
  answers[6] = RawAnswer::from_token("7.5");
  const auto r = score(q, answers);
  REQUIRE_FALSE(r.ok());
  const auto d = parse_object(error_to_json(r.error(), "bob"));
  CHECK_FALSE(d["ok"].GetBool());
  CHECK(str(d["id"]) == "bob");
  CHECK(str(d["error"]["code"]) == "not_an_integer");
  CHECK(d["error"]["item"].GetInt() == 7);
  CHECK(str(d["error"]["message"]) == r.error().message);

  const auto plain =
      parse_object(error_to_json({ErrorCode::answer_count, 0, "Expected 15 answers, got 3."}));
  CHECK_FALSE(plain["ok"].GetBool());
  CHECK(str(plain["id"]).empty());
  CHECK(str(plain["error"]["code"]) == "answer_count");
  CHECK(plain["error"]["item"].GetInt() == 0);
  CHECK(str(plain["error"]["message"]) == "Expected 15 answers, got 3.");
}

TEST_CASE("error_to_json names every error code", "[result_json]") {
  for (const auto code :
       {ErrorCode::answer_count, ErrorCode::missing_answer, ErrorCode::not_a_number,
        ErrorCode::not_an_integer, ErrorCode::out_of_range, ErrorCode::bad_link,
        ErrorCode::wrong_questionnaire, ErrorCode::bad_file}) {
    const auto d = parse_object(error_to_json({code, 3, "m"}));
    CHECK(str(d["error"]["code"]) == std::string(code_name(code)));
  }
}

TEST_CASE("result_to_json brief detail keeps the scores and drops the texts", "[result_json]") {
  const auto& q = test::builtin(2);
  const auto r = test::score_ok(q, kAnswered, 12.5);
  const auto full = result_to_json(q, r, "row-1", Detail::full);
  const auto brief_text = result_to_json(q, r, "row-1", Detail::brief);
  CHECK(full == result_to_json(q, r, "row-1"));  // full is the default
  CHECK(brief_text.size() < full.size());
  const auto d = parse_object(brief_text);
  CHECK(d["ok"].GetBool());
  CHECK(str(d["id"]) == "row-1");
  CHECK_FALSE(d.HasMember("questionnaire"));
  CHECK(d["total"].GetInt() == 70);
  CHECK(d["min"].GetInt() == 0);
  CHECK(d["max"].GetInt() == 150);
  CHECK(str(d["band"]["id"]) == "both");
  CHECK(str(d["band"]["title"]) == "Both");
  CHECK_FALSE(d["band"].HasMember("advice"));
  CHECK_FALSE(d["band"].HasMember("explanation"));
  REQUIRE(d["themes"].Size() == 5);
  CHECK(str(d["themes"][2]["id"]) == "style");
  CHECK(d["themes"][2]["score"].GetInt() == 4);
  CHECK(str(d["themes"][2]["leaning"]) == "management");
  CHECK(d["items"].Size() == 0);
  CHECK(d["margin"]["points"].GetInt() == 21);
  CHECK(str(d["margin"]["toward"]) == "management");
  CHECK(ints(d["drivers"]["management"]) == std::vector<int>{6, 7, 8});
  CHECK(ints(d["drivers"]["mastery"]) == std::vector<int>{15, 10, 11});
  CHECK(str(d["shape"]) == "split");
  CHECK(strings(d["quality"]) == std::vector<std::string>{"fast"});
}
