#include "crossroads/result_json.hpp"

#include "crossroads/translation.hpp"
#include "json_sink.hpp"

namespace crossroads {
namespace {

void put(Sink& w, std::string_view key, std::string_view value) {
  w.Key(key);
  w.String(value);
}

void put(Sink& w, std::string_view key, int value) {
  w.Key(key);
  w.Int(value);
}

void put_texts(Sink& w, std::string_view key, const std::vector<std::string>& texts) {
  w.Key(key);
  w.StartArray();
  for (const auto& t : texts) w.String(t);
  w.EndArray();
}

void put_ints(Sink& w, std::string_view key, const std::vector<int>& values) {
  w.Key(key);
  w.StartArray();
  for (const int v : values) w.Int(v);
  w.EndArray();
}

void write_band(Sink& w, const Band& b, Detail detail = Detail::full) {
  w.StartObject();
  put(w, "id", b.id);
  put(w, "min", b.min);
  put(w, "max", b.max);
  put(w, "title", b.title);
  if (detail == Detail::brief) {
    w.EndObject();
    return;
  }
  put(w, "summary", b.summary);
  put(w, "explanation", b.explanation);
  put_texts(w, "advice", b.advice);
  put_texts(w, "next_steps", b.next_steps);
  put_texts(w, "questions", b.questions);
  w.EndObject();
}

void write_text(Sink& w, std::string_view key, const Text& t) {
  w.Key(key);
  w.StartObject();
  put(w, "title", t.title);
  put(w, "explanation", t.explanation);
  w.EndObject();
}

void write_pole(Sink& w, std::string_view key, const Pole& p) {
  w.Key(key);
  w.StartObject();
  put(w, "id", p.id);
  put(w, "label", p.label);
  w.EndObject();
}

}  // namespace

void write_result(Sink& w, const Questionnaire& q, const Result& r, const std::string& id,
                  Detail detail) {
  w.StartObject();
  w.Key("ok");
  w.Bool(true);
  put(w, "id", id);
  if (detail == Detail::full) {
    w.Key("questionnaire");
    w.StartObject();
    put(w, "id", q.id);
    put(w, "version", q.version);
    w.EndObject();
  }
  put(w, "total", r.total);
  put(w, "min", q.min_total());
  put(w, "max", q.max_total());
  w.Key("band");
  write_band(w, q.bands[r.band], detail);
  w.Key("themes");
  w.StartArray();
  for (const ThemeScore& t : r.themes) {
    w.StartObject();
    put(w, "id", q.themes[t.theme].id);
    put(w, "score", t.score);
    if (detail == Detail::full) {
      put(w, "title", q.themes[t.theme].title);
      put(w, "min", t.min);
      put(w, "max", t.max);
    }
    put(w, "leaning", q.bands[t.leaning].id);
    w.EndObject();
  }
  w.EndArray();
  w.Key("items");
  w.StartArray();
  for (std::size_t i = 0; detail == Detail::full && i < r.answers.size(); ++i) {
    w.StartObject();
    put(w, "number", static_cast<int>(i) + 1);
    put(w, "id", q.items[i].id);
    put(w, "answer", r.answers[i]);
    put(w, "value", r.values[i]);
    put(w, "end", end_name(end_of(q, r.answers[i])));
    w.EndObject();
  }
  w.EndArray();
  w.Key("margin");
  if (r.margin) {
    w.StartObject();
    put(w, "points", r.margin->points);
    put(w, "toward", q.bands[r.margin->toward].id);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("borderline");
  w.Bool(r.borderline);
  w.Key("drivers");
  w.StartObject();
  put_ints(w, q.low.id, r.drivers.low);
  put_ints(w, q.high.id, r.drivers.high);
  w.EndObject();
  put(w, "shape", shape_name(r.shape));
  w.Key("quality");
  w.StartArray();
  for (const Quality note : r.quality) w.String(quality_name(note));
  w.EndArray();
  w.EndObject();
}

void write_error(Sink& w, const AnswerError& e) {
  w.StartObject();
  put(w, "code", code_name(e.code));
  put(w, "item", e.item);
  put(w, "message", e.message);
  w.EndObject();
}

void write_failure(Sink& w, const AnswerError& e) {
  w.StartObject();
  w.Key("ok");
  w.Bool(false);
  w.Key("error");
  write_error(w, e);
  w.EndObject();
}

void write_questionnaire(Sink& w, const Questionnaire& q) {
  w.StartObject();
  put(w, "format", q.format);
  put(w, "id", q.id);
  put(w, "version", q.version);
  // The language of these texts, and every language the questionnaire has (this one first), so
  // a reader knows what else it can ask for (in_language); the pseudo-locale only when in use.
  put(w, "lang", q.lang);
  put_texts(w, "languages", listed_languages(languages_of(q)));
  put(w, "title", q.title);
  put(w, "intro", q.intro);
  // Optional fields are left out when absent, so the output loads again as a questionnaire.
  if (!q.credit.empty()) put(w, "credit", q.credit);
  if (!q.about.empty()) put_texts(w, "about", q.about);
  w.Key("scale");
  w.StartObject();
  put(w, "min", q.scale_min);
  put(w, "max", q.scale_max);
  w.EndObject();
  w.Key("poles");
  w.StartObject();
  write_pole(w, "low", q.low);
  write_pole(w, "high", q.high);
  w.EndObject();
  w.Key("themes");
  w.StartArray();
  for (const Theme& t : q.themes) {
    w.StartObject();
    put(w, "id", t.id);
    put(w, "title", t.title);
    put(w, "description", t.description);
    w.EndObject();
  }
  w.EndArray();
  w.Key("items");
  w.StartArray();
  for (const Item& i : q.items) {
    w.StartObject();
    put(w, "id", i.id);
    put(w, "theme", q.themes[i.theme].id);
    put(w, "prompt", i.prompt);
    put(w, "short", i.short_label);
    put(w, "low", i.low);
    put(w, "high", i.high);
    w.Key("reverse");
    w.Bool(i.reverse);
    w.EndObject();
  }
  w.EndArray();
  w.Key("bands");
  w.StartArray();
  for (const Band& b : q.bands) write_band(w, b);
  w.EndArray();
  if (q.shapes) {
    w.Key("shapes");
    w.StartObject();
    write_text(w, "split", q.shapes->split);
    write_text(w, "centred", q.shapes->centred);
    write_text(w, "consistent", q.shapes->consistent);
    w.EndObject();
  }
  if (q.quality) {
    w.Key("quality");
    w.StartObject();
    put(w, "straight_line", q.quality->straight_line);
    put(w, "mostly_middle", q.quality->mostly_middle);
    put(w, "fast", q.quality->fast);
    w.EndObject();
  }
  w.EndObject();
}

void write_problems(Sink& w, const Problems& problems) {
  w.StartArray();
  for (const Problem& p : problems) {
    w.StartObject();
    put(w, "path", p.path);
    put(w, "message", p.message);
    w.EndObject();
  }
  w.EndArray();
}

std::string result_to_json(const Questionnaire& q, const Result& r, const std::string& id,
                           Detail detail) {
  return json_of([&](Sink& w) { write_result(w, q, r, id, detail); });
}

std::string error_to_json(const AnswerError& e, const std::string& id) {
  return json_of([&](Sink& w) {
    w.StartObject();
    w.Key("ok");
    w.Bool(false);
    put(w, "id", id);
    w.Key("error");
    write_error(w, e);
    w.EndObject();
  });
}

std::string questionnaire_to_json(const Questionnaire& q) {
  return json_of([&](Sink& w) { write_questionnaire(w, q); });
}

std::string problems_to_json(const Problems& problems) {
  return json_of([&](Sink& w) {
    w.StartObject();
    w.Key("ok");
    w.Bool(false);
    w.Key("problems");
    write_problems(w, problems);
    w.EndObject();
  });
}

}  // namespace crossroads
