// Words naming one statement in one language and another in another (name_clash.hpp).
#include "name_clash.hpp"

#include <algorithm>
#include <cstddef>

#include "crossroads/csv_names.hpp"
#include "json_fields.hpp"
#include "strict_json.hpp"

namespace crossroads::detail {
namespace {

// One prompt or short label of one language, normalized as a header cell is.
struct Words {
  std::string key;
  std::size_t language;
  std::size_t statement;
  bool prompt;
};

std::string path_of(const LanguageWords& language, const Words& w) {
  const Item& item = (*language.items)[w.statement];
  const std::string field = w.prompt ? ".prompt" : ".short";
  return language.keyed_by_id ? language.where + "." + json::shown_key(item.id) + field
                              : language.where + "[" + std::to_string(w.statement) + "]" + field;
}

const std::string& text_of(const LanguageWords& language, const Words& w) {
  const Item& item = (*language.items)[w.statement];
  return w.prompt ? item.prompt : item.short_label;
}

}  // namespace

void check_name_clashes(const std::vector<LanguageWords>& languages, Problems& problems) {
  std::vector<Words> words;  // in file order: language, statement, prompt then short label
  for (std::size_t l = 0; l < languages.size(); ++l) {
    for (std::size_t s = 0; s < languages[l].items->size(); ++s) {
      for (const bool prompt : {true, false}) {
        Words w{{}, l, s, prompt};
        w.key = normalize_column_name(text_of(languages[l], w));
        if (!w.key.empty()) words.push_back(std::move(w));
      }
    }
  }
  // Each text against the texts before it: a few hundred short ones at most, so a plain search (a
  // sort or a hash table would add kilobytes to the WASM module for no gain at this size).
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Words& w = words[i];
    const auto end = words.begin() + static_cast<std::ptrdiff_t>(i);
    const auto other = std::find_if(words.begin(), end, [&](const Words& e) {
      return e.language < w.language && e.statement != w.statement && e.key == w.key;
    });
    if (other == end) continue;
    problems.push_back({path_of(languages[w.language], w),
                        json::quoted(shown_column_name(text_of(languages[w.language], w))) +
                            " names statement " + std::to_string(w.statement + 1) +
                            " here and statement " + std::to_string(other->statement + 1) + " at " +
                            path_of(languages[other->language], *other) +
                            ": a CSV column headed with it could mean either"});
  }
}

}  // namespace crossroads::detail
