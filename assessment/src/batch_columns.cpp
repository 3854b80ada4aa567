#include "crossroads/batch_columns.hpp"

namespace crossroads {

ScoreRange score_range(const Questionnaire& q) {
  ScoreRange range;
  range.min = q.min_total();
  range.max = q.max_total();
  range.theme_min.assign(q.themes.size(), 0);
  range.theme_max.assign(q.themes.size(), 0);
  for (const Item& item : q.items) {
    range.theme_min[item.theme] += q.scale_min;
    range.theme_max[item.theme] += q.scale_max;
  }
  return range;
}

ColumnsBuilder::ColumnsBuilder(const Questionnaire& q, TeamTally* team) : q_(q), team_(team) {
  columns_.themes.resize(q.themes.size());
  columns_.has_margin = q.bands.size() > 1;
}

void ColumnsBuilder::reserve(std::size_t rows) {
  BatchColumns& c = columns_;
  c.ids.reserve(rows);
  c.total.reserve(rows);
  c.band.reserve(rows);
  for (auto& theme : c.themes) theme.reserve(rows);
  c.shape.reserve(rows);
  if (c.has_margin) {
    c.margin.reserve(rows);
    c.toward.reserve(rows);
  }
  c.borderline.reserve(rows);
}

void ColumnsBuilder::clear() {
  BatchColumns& c = columns_;
  c.ids.clear();
  c.total.clear();
  c.band.clear();
  for (auto& theme : c.themes) theme.clear();
  c.shape.clear();
  c.margin.clear();
  c.toward.clear();
  c.borderline.clear();
  c.errors.clear();
}

BatchColumns ColumnsBuilder::take() {
  BatchColumns out = std::move(columns_);
  columns_ = BatchColumns();
  columns_.themes.resize(q_.themes.size());
  columns_.has_margin = q_.bands.size() > 1;
  return out;
}

void ColumnsBuilder::add_refused(std::string id, const AnswerError& error) {
  if (team_ != nullptr) team_->add_excluded();
  BatchColumns& c = columns_;
  c.errors.push_back({c.ids.size(), id, error});
  c.ids.push_back(std::move(id));
  c.total.push_back(0);
  c.band.push_back(-1);
  for (auto& theme : c.themes) theme.push_back(0);
  c.shape.push_back(-1);
  if (c.has_margin) {
    c.margin.push_back(0);
    c.toward.push_back(-1);
  }
  c.borderline.push_back(0);
}

void ColumnsBuilder::add(std::string id, const Expected<Result, AnswerError>& outcome) {
  if (!outcome) {
    add_refused(std::move(id), outcome.error());
    return;
  }
  BatchColumns& c = columns_;
  const Result& r = outcome.value();
  if (team_ != nullptr) team_->add(r.values);
  c.ids.push_back(std::move(id));
  c.total.push_back(r.total);
  c.band.push_back(static_cast<std::int32_t>(r.band));
  for (const ThemeScore& t : r.themes) c.themes[t.theme].push_back(t.score);
  c.shape.push_back(static_cast<std::int8_t>(r.shape));
  if (c.has_margin) {
    c.margin.push_back(r.margin ? r.margin->points : 0);
    c.toward.push_back(r.margin ? static_cast<std::int32_t>(r.margin->toward) : -1);
  }
  c.borderline.push_back(r.borderline ? 1 : 0);
}

void ColumnsBuilder::add(std::string id, const std::vector<RawAnswer>& answers,
                         const std::vector<std::string>* columns) {
  if (const auto problem = check_answers(q_, answers, answers_, columns)) {
    add_refused(std::move(id), *problem);
    return;
  }
  summarize(q_, answers_, summary_);
  const Summary& s = summary_;
  if (team_ != nullptr) team_->add(s.values);
  BatchColumns& c = columns_;
  c.ids.push_back(std::move(id));
  c.total.push_back(s.total);
  c.band.push_back(static_cast<std::int32_t>(s.band));
  for (std::size_t t = 0; t < s.themes.size(); ++t) c.themes[t].push_back(s.themes[t]);
  c.shape.push_back(static_cast<std::int8_t>(s.shape));
  if (c.has_margin) {
    c.margin.push_back(s.margin ? s.margin->points : 0);
    c.toward.push_back(s.margin ? static_cast<std::int32_t>(s.margin->toward) : -1);
  }
  c.borderline.push_back(is_borderline(q_, s.margin) ? 1 : 0);
}

void ColumnsBuilder::add(const CsvRow& row) {
  if (row.problem) {
    add_refused(row.id, *row.problem);
  } else {
    add(row.id, row.answers, row.answer_names);
  }
}

BatchColumns score_columns(const Questionnaire& q, const std::vector<Respondent>& rows) {
  ColumnsBuilder builder(q);
  builder.reserve(rows.size());
  for (const Respondent& row : rows) builder.add(row.id, row.answers);
  return builder.take();
}

CsvColumns read_csv_columns(const Questionnaire& q, std::string_view text,
                            const CsvOptions& options) {
  ColumnsBuilder builder(q);
  CsvReader reader(q, options);
  const auto add = [&](const CsvRow& row) { builder.add(row); };
  reader.feed(text, add);
  reader.finish(add);
  return {builder.take(), reader.layout(), reader.problem()};
}

BatchColumns score_csv_columns(const Questionnaire& q, std::string_view text,
                               const CsvOptions& options) {
  return read_csv_columns(q, text, options).columns;
}

}  // namespace crossroads
