#include "format.hpp"

namespace crossroads::cli {

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  out.reserve(pattern.size() + 32);
  std::size_t i = 0;
  while (i < pattern.size()) {
    // Only a single digit between braces is a slot: no template needs ten values.
    const bool slot = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                      pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
    const auto index = slot ? static_cast<std::size_t>(pattern[i + 1] - '0') : values.size();
    if (index < values.size()) {
      out += *(values.begin() + index);
      i += 3;
    } else {
      out += pattern[i];
      ++i;
    }
  }
  return out;
}

}  // namespace crossroads::cli
