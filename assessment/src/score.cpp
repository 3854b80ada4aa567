#include "crossroads/score.hpp"

namespace crossroads {

Result score_checked(const Questionnaire& q, std::vector<int> answers,
                     std::optional<double> seconds) {
  Result r;
  r.values.reserve(answers.size());
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const int v = q.items[i].reverse ? q.scale_min + q.scale_max - answers[i] : answers[i];
    r.values.push_back(v);
    r.total += v;
  }
  r.band = q.band_of(r.total);
  r.themes.resize(q.themes.size());
  for (std::size_t t = 0; t < q.themes.size(); ++t) r.themes[t].theme = t;
  for (std::size_t i = 0; i < q.items.size(); ++i) {
    ThemeScore& ts = r.themes[q.items[i].theme];
    ts.score += r.values[i];
    ts.min += q.scale_min;
    ts.max += q.scale_max;
  }
  for (ThemeScore& ts : r.themes) ts.leaning = leaning_of(q, ts.score, ts.min, ts.max);
  r.margin = margin_of(q, r.total);
  r.borderline = is_borderline(q, r.margin);
  r.drivers = drivers_of(q, r.values);
  r.shape = shape_of(q, r.values);
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
