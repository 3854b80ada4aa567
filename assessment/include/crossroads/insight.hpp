#pragma once
// What a total and a band hide: how close the result was, which statements drove it, how the
// answers are spread, and whether they look like careful answers. Every rule scales with the
// questionnaire's scale, item count and bands (see docs/questionnaire-schema.md).
#include <optional>
#include <string_view>
#include <vector>

#include "crossroads/questionnaire.hpp"

namespace crossroads {

struct Margin {
  int points = 0;
  std::size_t toward = 0;  // band index
};

struct Drivers {
  std::vector<int> low;   // statement numbers pulling toward the low pole, strongest first
  std::vector<int> high;  // ... toward the high pole
};

enum class Shape { split, centred, consistent };
enum class Quality { straight_line, mostly_middle, fast };
// Which of a statement's two ends an answer chose, as the person saw them (before any reversal).
enum class End { low, middle, high };

std::string_view shape_name(Shape s);
std::string_view quality_name(Quality q);
std::string_view end_name(End e);

// Fewest points to another band; ties go to the lower band. None with a single band.
std::optional<Margin> margin_of(const Questionnaire& q, int total);
End end_of(const Questionnaire& q, int answer);
bool is_borderline(const Questionnaire& q, const std::optional<Margin>& margin);
Drivers drivers_of(const Questionnaire& q, const std::vector<int>& values);
Shape shape_of(const Questionnaire& q, const std::vector<int>& values);
std::vector<Quality> quality_of(const Questionnaire& q, const std::vector<int>& answers,
                                std::optional<double> seconds);
// The band a theme subtotal falls in once the bands are scaled to the theme's range.
std::size_t leaning_of(const Questionnaire& q, int subtotal, int theme_min, int theme_max);

}  // namespace crossroads
