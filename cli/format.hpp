#pragma once
// Fills the templates of text.hpp, so the code that builds output never glues words together.
#include <initializer_list>
#include <string>
#include <string_view>

#include "text.hpp"

namespace crossroads::cli {

// Replaces each {N} in a template with the Nth value; a slot without a value stays as written.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

// The count's form of a noun ("1 point", "2 points").
std::string count(const text::Plural& noun, long long n);

}  // namespace crossroads::cli
