#pragma once
// Words that would make a CSV header mean one statement in one language and another statement in
// another (private to the engine: translation.cpp and builtin_translations.cpp call it). A header
// cell is compared with every language's prompts and short labels at once (csv_names.hpp), so
// such words could only be read by guessing; a questionnaire that has them is refused instead.
#include <string>
#include <vector>

#include "crossroads/questionnaire.hpp"

namespace crossroads::detail {

// One language's statements, and where its file keeps them, for the problems' paths: "items"
// for a questionnaire's own (items[2].short), or a translation's "translations.fr.items" or
// "texts.items" (items.<id>.short).
struct LanguageWords {
  const std::vector<Item>* items = nullptr;
  std::string where;
  bool keyed_by_id = false;
};

// One problem for each prompt or short label of a language that, compared as a CSV header cell
// is (normalize_column_name), is also the prompt or short label of another statement in a
// language before it in `languages`: its path, and the other's in the message. Words that name
// two statements within one language are left alone: a header cell with them names neither,
// whatever the languages' order, and files with them were accepted before there were languages.
// So are words with nothing left to compare (punctuation only).
void check_name_clashes(const std::vector<LanguageWords>& languages, Problems& problems);

// q's own language, then each of its translations, as a custom file keeps them.
std::vector<LanguageWords> words_of(const Questionnaire& q);

}  // namespace crossroads::detail
