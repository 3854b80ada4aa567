#include "text_report.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "format.hpp"

namespace crossroads::cli {
namespace {

struct ShapeWords {
  std::string_view title;
  std::string_view explanation;
};

void line(std::ostream& out, std::string_view s) {
  out << s << '\n';
}

// The questionnaire's own words for a shape; a custom file may have none, and an id such as
// "split" means nothing to the person reading, so plain words stand in.
ShapeWords shape_words(const Questionnaire& q, Shape s, const Sentences& words) {
  if (q.shapes) {
    const Text& t = s == Shape::split     ? q.shapes->split
                    : s == Shape::centred ? q.shapes->centred
                                          : q.shapes->consistent;
    return {t.title, t.explanation};
  }
  switch (s) {
    case Shape::split:
      return {words.text("splitTitle"), words.text("splitText")};
    case Shape::centred:
      return {words.text("centredTitle"), words.text("centredText")};
    case Shape::consistent:
      break;
  }
  return {words.text("consistentTitle"), words.text("consistentText")};
}

std::string_view quality_words(const Questionnaire& q, Quality note, const Sentences& words) {
  switch (note) {
    case Quality::straight_line:
      return q.quality ? q.quality->straight_line : words.text("straightLineNote");
    case Quality::mostly_middle:
      return q.quality ? q.quality->mostly_middle : words.text("mostlyMiddleNote");
    case Quality::fast:
      break;
  }
  return q.quality ? q.quality->fast : words.text("fastNote");
}

// An end's text in quotation marks, unless it is already a quotation (“...” or "...").
std::string quoted(std::string_view s, const Sentences& words) {
  constexpr std::string_view kOpeningQuote = "\u201c";
  if (s.rfind('"', 0) == 0 || s.rfind(kOpeningQuote, 0) == 0) return std::string(s);
  return fill(words.text("quoted"), {s});
}

void bullets(std::ostream& out, std::string_view heading, const std::vector<std::string>& items,
             const Sentences& words) {
  if (items.empty()) return;
  if (!heading.empty()) line(out, heading);
  for (const auto& item : items) line(out, fill(words.text("bullet"), {item}));
}

// Each driver with the end the person chose, in that statement's own words: on a reversed
// statement the end that pulls toward a pole is the other one, so a pole label would mislead.
void drivers(std::ostream& out, const Questionnaire& q, const Result& r, const Pole& pole,
             const std::vector<int>& numbers, const Sentences& words) {
  if (numbers.empty()) {
    line(out, fill(words.text("driversNone"), {pole.label}));
    return;
  }
  line(out, fill(words.text("driversHeading"), {pole.label}));
  for (const int n : numbers) {
    const auto index = static_cast<std::size_t>(n) - 1;
    const Item& item = q.items[index];
    const int answer = r.answers[index];
    const End end = end_of(q, answer);
    const std::string number = std::to_string(n);
    const std::string chosen = std::to_string(answer);
    if (end == End::middle) {
      line(out, fill(words.text("driverMiddle"), {number, item.short_label, chosen}));
    } else {
      const std::string end_words = quoted(end == End::low ? item.low : item.high, words);
      line(out, fill(words.text("driverChose"), {number, item.short_label, chosen, end_words}));
    }
  }
}

}  // namespace

void print_text_result(std::ostream& out, const Questionnaire& q, const Result& r,
                       const Sentences& words) {
  const Band& band = q.bands[r.band];
  line(out, fill(words.text("total"), {std::to_string(r.total), std::to_string(q.max_total())}));
  line(out, fill(words.text("band"), {band.title, band.summary}));
  line(out, band.explanation);
  bullets(out, {}, band.advice, words);
  bullets(out, words.text("stepsHeading"), band.next_steps, words);
  bullets(out, words.text("questionsHeading"), band.questions, words);
  if (r.margin) {
    const std::string points = words.count("points", r.margin->points);
    line(out, fill(r.borderline ? words.text("marginBorderline") : words.text("margin"),
                   {points, q.bands[r.margin->toward].title}));
  }
  const ShapeWords shape = shape_words(q, r.shape, words);
  line(out, fill(words.text("shape"), {shape.title, shape.explanation}));
  drivers(out, q, r, q.low, r.drivers.low, words);
  drivers(out, q, r, q.high, r.drivers.high, words);
  for (const Quality note : r.quality)
    line(out, fill(words.text("note"), {quality_words(q, note, words)}));
  line(out, words.text("themesHeading"));
  for (const ThemeScore& t : r.themes) {
    line(out, fill(words.text("theme"), {q.themes[t.theme].title, std::to_string(t.score),
                                         std::to_string(t.max), q.bands[t.leaning].title}));
  }
  // The source of the rule travels with every result, as the page and the report show it.
  if (!q.credit.empty()) out << '\n' << q.credit << '\n';
}

}  // namespace crossroads::cli
