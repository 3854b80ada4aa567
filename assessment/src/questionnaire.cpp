// What a loaded questionnaire answers about itself: which band holds a total, which statements
// belong to a theme.
#include "crossroads/questionnaire.hpp"

namespace crossroads {

std::size_t Questionnaire::band_of(int total) const {
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (total <= bands[i].max) return i;
  }
  return bands.size() - 1;
}

std::vector<std::size_t> Questionnaire::items_of_theme(std::size_t theme) const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].theme == theme) out.push_back(i);
  }
  return out;
}

}  // namespace crossroads
