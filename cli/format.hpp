#pragma once
// Fills the command line's templates (sentences.hpp), so the code that builds output never glues
// words together.
#include <initializer_list>
#include <string>
#include <string_view>

namespace crossroads::cli {

// Replaces each {N} in a template with the Nth value; a slot without a value stays as written.
// Numbered rather than positional, so a translation may put the values in another order.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

}  // namespace crossroads::cli
