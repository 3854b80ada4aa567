#include "plural.hpp"

#include "crossroads/translation.hpp"

namespace crossroads::cli {
namespace {

// French, Spanish and Portuguese say "de" before a noun counted in whole millions ("1 million de
// personnes"), so CLDR gives those counts a form of their own.
constexpr std::uint64_t kMillion = 1000000;
// Arabic picks its form by the last two digits.
constexpr std::uint64_t kHundred = 100;
constexpr std::uint64_t kArabicFewFrom = 3;
constexpr std::uint64_t kArabicFewTo = 10;
constexpr std::uint64_t kArabicManyFrom = 11;

bool whole_millions(std::uint64_t n) {
  return n != 0 && n % kMillion == 0;
}

std::string_view arabic(std::uint64_t n) {
  if (n == 0) return "zero";
  if (n == 1) return "one";
  if (n == 2) return "two";
  const std::uint64_t last_two = n % kHundred;
  if (last_two >= kArabicFewFrom && last_two <= kArabicFewTo) return "few";
  if (last_two >= kArabicManyFrom) return "many";
  return "other";
}

}  // namespace

std::string_view plural_category(std::string_view code, std::uint64_t n) {
  const std::string_view language = primary_language(code);
  if (language == "ar") return arabic(n);
  // French and Portuguese count 0 as one ("0 personne"); Spanish, like English, does not.
  if (language == "fr" || language == "pt") {
    if (n <= 1) return "one";
    return whole_millions(n) ? "many" : "other";
  }
  if (language == "es" && whole_millions(n)) return "many";
  return n == 1 ? "one" : "other";
}

}  // namespace crossroads::cli
