#pragma once
// Which plural form a count takes in a language: the CLDR cardinal category of a whole number.
// Hand-written for the command line's languages (a handful of rules is not worth ICU); checked
// against node's Intl.PluralRules by tests/cli/plural_test.cpp.
#include <cstdint>
#include <string_view>

namespace crossroads::cli {

// "zero", "one", "two", "few", "many" or "other", for n in the language `code` (BCP 47: only its
// language part counts, so "pt-BR" is Portuguese and the pseudo-locale "en-XA" English). A
// language without a rule here follows English's (1 is "one", all else "other"), the rule most
// languages share for whole numbers, so a new translation shows a sensible form before its rule
// is added.
std::string_view plural_category(std::string_view code, std::uint64_t n);

}  // namespace crossroads::cli
