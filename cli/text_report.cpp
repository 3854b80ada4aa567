#include "text_report.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "format.hpp"

namespace crossroads::cli {
namespace {

struct Words {
  std::string_view title;
  std::string_view explanation;
};

void line(std::ostream& out, std::string_view s) {
  out << s << '\n';
}

// The questionnaire's own words for a shape; a custom file may have none, and an id such as
// "split" means nothing to the person reading, so plain words stand in.
Words shape_words(const Questionnaire& q, Shape s) {
  if (q.shapes) {
    const Text& t = s == Shape::split     ? q.shapes->split
                    : s == Shape::centred ? q.shapes->centred
                                          : q.shapes->consistent;
    return {t.title, t.explanation};
  }
  switch (s) {
    case Shape::split:
      return {text::kSplitTitle, text::kSplitText};
    case Shape::centred:
      return {text::kCentredTitle, text::kCentredText};
    case Shape::consistent:
      break;
  }
  return {text::kConsistentTitle, text::kConsistentText};
}

std::string_view quality_words(const Questionnaire& q, Quality note) {
  switch (note) {
    case Quality::straight_line:
      return q.quality ? q.quality->straight_line : text::kStraightLineNote;
    case Quality::mostly_middle:
      return q.quality ? q.quality->mostly_middle : text::kMostlyMiddleNote;
    case Quality::fast:
      break;
  }
  return q.quality ? q.quality->fast : text::kFastNote;
}

// An end's text in quotation marks, unless it is already a quotation (“...” or "...").
std::string quoted(std::string_view s) {
  constexpr std::string_view kOpeningQuote = "\u201c";
  if (s.rfind('"', 0) == 0 || s.rfind(kOpeningQuote, 0) == 0) return std::string(s);
  return fill(text::kQuoted, {s});
}

void bullets(std::ostream& out, std::string_view heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  if (!heading.empty()) line(out, heading);
  for (const auto& item : items) line(out, fill(text::kBullet, {item}));
}

// Each driver with the end the person chose, in that statement's own words: on a reversed
// statement the end that pulls toward a pole is the other one, so a pole label would mislead.
void drivers(std::ostream& out, const Questionnaire& q, const Result& r, const Pole& pole,
             const std::vector<int>& numbers) {
  if (numbers.empty()) {
    line(out, fill(text::kDriversNone, {pole.label}));
    return;
  }
  line(out, fill(text::kDriversHeading, {pole.label}));
  for (const int n : numbers) {
    const auto index = static_cast<std::size_t>(n) - 1;
    const Item& item = q.items[index];
    const int answer = r.answers[index];
    const End end = end_of(q, answer);
    const std::string number = std::to_string(n);
    const std::string chosen = std::to_string(answer);
    if (end == End::middle) {
      line(out, fill(text::kDriverMiddle, {number, item.short_label, chosen}));
    } else {
      const std::string words = quoted(end == End::low ? item.low : item.high);
      line(out, fill(text::kDriverChose, {number, item.short_label, chosen, words}));
    }
  }
}

}  // namespace

void print_text_result(std::ostream& out, const Questionnaire& q, const Result& r) {
  const Band& band = q.bands[r.band];
  line(out, fill(text::kTotal, {std::to_string(r.total), std::to_string(q.max_total())}));
  line(out, fill(text::kBand, {band.title, band.summary}));
  line(out, band.explanation);
  bullets(out, {}, band.advice);
  bullets(out, text::kStepsHeading, band.next_steps);
  bullets(out, text::kQuestionsHeading, band.questions);
  if (r.margin) {
    const std::string points = count(text::kPoints, r.margin->points);
    line(out, fill(r.borderline ? text::kMarginBorderline : text::kMargin,
                   {points, q.bands[r.margin->toward].title}));
  }
  const Words shape = shape_words(q, r.shape);
  line(out, fill(text::kShape, {shape.title, shape.explanation}));
  drivers(out, q, r, q.low, r.drivers.low);
  drivers(out, q, r, q.high, r.drivers.high);
  for (const Quality note : r.quality) line(out, fill(text::kNote, {quality_words(q, note)}));
  line(out, text::kThemesHeading);
  for (const ThemeScore& t : r.themes) {
    line(out, fill(text::kTheme, {q.themes[t.theme].title, std::to_string(t.score),
                                  std::to_string(t.max), q.bands[t.leaning].title}));
  }
  // The source of the rule travels with every result, as the page and the report show it.
  if (!q.credit.empty()) out << '\n' << q.credit << '\n';
}

}  // namespace crossroads::cli
