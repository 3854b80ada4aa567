#include "crossroads/score.hpp"

#include <algorithm>

namespace crossroads {

void summarize(const Questionnaire& q, const std::vector<int>& answers, Summary& out) {
  // Sized, then written by index: no reallocation check per value once the storage has grown.
  out.values.resize(answers.size());
  out.themes.resize(q.themes.size());
  std::fill(out.themes.begin(), out.themes.end(), 0);
  out.total = 0;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const Item& item = q.items[i];
    const int v = item.reverse ? q.scale_min + q.scale_max - answers[i] : answers[i];
    out.values[i] = v;
    out.total += v;
    out.themes[item.theme] += v;
  }
  out.band = q.band_of(out.total);
  out.shape = shape_of(q, out.values);
  out.margin = margin_of(q, out.total);
}

Result score_checked(const Questionnaire& q, std::vector<int> answers,
                     std::optional<double> seconds) {
  Summary s;
  summarize(q, answers, s);
  Result r;
  r.values = std::move(s.values);
  r.total = s.total;
  r.band = s.band;
  r.themes.resize(q.themes.size());
  for (std::size_t t = 0; t < q.themes.size(); ++t) {
    ThemeScore& ts = r.themes[t];
    ts.theme = t;
    ts.score = s.themes[t];
  }
  for (const Item& item : q.items) {
    r.themes[item.theme].min += q.scale_min;
    r.themes[item.theme].max += q.scale_max;
  }
  for (ThemeScore& ts : r.themes) ts.leaning = leaning_of(q, ts.score, ts.min, ts.max);
  r.margin = s.margin;
  r.borderline = is_borderline(q, r.margin);
  r.drivers = drivers_of(q, r.values);
  r.shape = s.shape;
  r.quality = quality_of(q, answers, seconds);
  r.answers = std::move(answers);
  return r;
}

Expected<Result, AnswerError> score(const Questionnaire& q, const std::vector<RawAnswer>& answers,
                                    std::optional<double> seconds) {
  auto checked = check_answers(q, answers);
  if (!checked) return Expected<Result, AnswerError>::failure(checked.error());
  return score_checked(q, std::move(checked.value()), seconds);
}

}  // namespace crossroads
