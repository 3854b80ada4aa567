#include "team_report.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "format.hpp"

namespace crossroads::cli {
namespace {

void line(std::ostream& out, std::string_view s) {
  out << s << '\n';
}

// A figure to `places` decimals, or the dash for one that cannot be computed. A tiny negative
// value shows as 0.000, not -0.000.
std::string figure(std::optional<double> value, int places, const Sentences& words) {
  if (!value || !std::isfinite(*value)) return std::string(words.text("undefinedFigure"));
  std::array<char, 64> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.*f", places, *value);
  std::string shown(buffer.data());
  if (shown[0] == '-' && shown.find_first_not_of("-0.") == std::string::npos) shown.erase(0, 1);
  return shown;
}

// Columns on a terminal: one per character, so "—" (three bytes) is one.
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

std::string padded(std::string_view s, std::size_t to, bool right_aligned) {
  const std::string spaces(to > width(s) ? to - width(s) : 0, ' ');
  return right_aligned ? spaces + std::string(s) : std::string(s) + spaces;
}

std::string_view words_of(Reading r, const Sentences& words) {
  switch (r) {
    case Reading::good:
      return words.text("good");
    case Reading::acceptable:
      return words.text("acceptable");
    case Reading::loose:
      return words.text("loose");
    case Reading::too_few:
      return words.text("tooFew");
    case Reading::undefined:
      break;
  }
  return words.text("undefined");
}

// The per-statement table: the statement (left), its figures and one count per scale value
// (right), columns as wide as their widest cell, under a heading naming the counts.
void statement_table(std::ostream& out, const Questionnaire& q, const Reliability& r,
                     const Sentences& words) {
  using Row = std::vector<std::string>;
  std::vector<Row> rows;
  Row heading = {std::string(words.text("colStatement")), std::string(words.text("colItemTotal")),
                 std::string(words.text("colAlphaIfLeftOut")), std::string(words.text("colMean")),
                 std::string(words.text("colSd"))};
  constexpr std::size_t kFigures = 5;  // the columns before the counts
  for (int v = q.scale_min; v <= q.scale_max; ++v) heading.push_back(std::to_string(v));
  rows.push_back(std::move(heading));
  for (const ItemStats& item : r.items) {
    const auto index = static_cast<std::size_t>(item.number) - 1;
    Row row = {
        fill(words.text("statement"), {std::to_string(item.number), q.items[index].short_label}),
        figure(item.item_total, 3, words), figure(item.alpha_if_deleted, 3, words),
        figure(item.mean, 2, words), figure(item.sd, 2, words)};
    for (const std::int64_t c : item.counts) row.push_back(std::to_string(c));
    rows.push_back(std::move(row));
  }
  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const Row& row : rows) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], width(row[i]));
  }
  std::size_t counts_at = 2;  // the indent
  for (std::size_t i = 0; i < kFigures; ++i) counts_at += widths[i] + 2;
  line(out, std::string(counts_at, ' ') + std::string(words.text("colAnswers")));
  for (const Row& row : rows) {
    std::string shown = " ";
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      shown += " " + padded(row[i], widths[i] + (i == 0 ? 0 : 1), i != 0);
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    line(out, shown);
  }
}

void scale_text(std::ostream& out, const Questionnaire& q, const Reliability& r,
                const std::string& title, const Sentences& words) {
  line(out, title);
  const std::string alpha = figure(r.alpha, 3, words);
  if (r.ci) {
    line(out, fill(words.text("alpha"),
                   {alpha, figure(r.ci->first, 3, words), figure(r.ci->second, 3, words)}));
  } else {
    line(out, fill(words.text("alphaNoInterval"), {alpha, words.text("undefinedFigure")}));
  }
  line(out, fill(words.text("readingLine"), {words_of(r.reading, words)}));
  statement_table(out, q, r, words);
}

void bands_text(std::ostream& out, const Questionnaire& q, const TeamInsight& insight,
                const Sentences& words) {
  line(out, words.text("bandsHeading"));
  std::size_t title_width = 0;
  std::size_t count_width = 0;
  for (std::size_t b = 0; b < insight.bands.size(); ++b) {
    title_width = std::max(title_width, width(q.bands[b].title));
    count_width = std::max(count_width, std::to_string(insight.bands[b]).size());
  }
  for (std::size_t b = 0; b < insight.bands.size(); ++b) {
    line(out, fill(words.text("bandCount"),
                   {padded(q.bands[b].title, title_width, false),
                    padded(std::to_string(insight.bands[b]), count_width, true)}));
  }
  if (q.bands.size() < 2) return;  // no band edge to be near
  if (insight.sem && insight.band_uncertain) {
    line(out,
         fill(words.text("bandUncertain"), {words.count("peoplesBands", *insight.band_uncertain),
                                            figure(kBandUncertainZ * *insight.sem, 1, words)}));
    line(out, fill(words.text("sem"), {figure(insight.sem, 1, words)}));
  } else {
    line(out, fill(words.text("bandUncertainUnknown"), {words.text("undefinedFigure")}));
    line(out, fill(words.text("semUnknown"), {words.text("undefinedFigure")}));
  }
}

}  // namespace

void print_team_text(std::ostream& out, const Questionnaire& q, const TeamInsight& insight,
                     const Sentences& words) {
  line(out, fill(words.text("teamTitle"), {q.title}));
  line(out, fill(words.text("teamScored"), {std::to_string(insight.n)}));
  line(out, fill(insight.excluded == 0 ? words.text("teamNoneLeftOut") : words.text("teamLeftOut"),
                 {std::to_string(insight.excluded)}));
  line(out, fill(words.text("teamFloor"), {std::to_string(insight.min_group)}));
  out << '\n';
  if (insight.suppressed) {
    // Below the lowest floor no choice of --min-group would show anything: say so, not "change it".
    const bool floor_helps = insight.n >= kLowestMinGroup;
    line(out, fill(floor_helps ? words.text("suppressed") : words.text("suppressedAnyFloor"),
                   {words.count("peopleWere", insight.n), std::to_string(insight.min_group),
                    std::to_string(kLowestMinGroup), std::to_string(kHighestMinGroup)}));
    return;
  }
  bands_text(out, q, insight, words);
  out << '\n';
  line(out, words.text("trustHeading"));
  line(out, words.text("trustExplained"));
  if (insight.total) {
    out << '\n';
    scale_text(out, q, *insight.total,
               fill(words.text("wholeScale"), {words.count("statements", insight.total->k),
                                               words.count("people", insight.total->n)}),
               words);
  }
  for (const ThemeReliability& t : insight.themes) {
    out << '\n';
    scale_text(out, q, t.reliability,
               fill(words.text("themeScale"),
                    {q.themes[t.theme].title, words.count("statements", t.reliability.k),
                     words.count("people", t.reliability.n)}),
               words);
  }
  out << '\n';
  line(out, words.text("columnsExplained"));
}

}  // namespace crossroads::cli
