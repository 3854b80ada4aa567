#pragma once
// The questionnaire as data: items, scale, themes, bands and every text a person reads.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/expected.hpp"
#include "crossroads/texts.hpp"

namespace crossroads {

struct Questionnaire {
  int format = 1;
  std::string id;
  int version = 1;
  std::string title;
  std::string intro;
  std::string credit;              // where the rule comes from, in a line (reports); may be empty
  std::vector<std::string> about;  // paragraphs for an "About this questionnaire" screen
  int scale_min = 0;
  int scale_max = 10;
  Pole low;
  Pole high;
  std::vector<Theme> themes;
  std::vector<Item> items;
  std::vector<Band> bands;
  std::optional<ShapeTexts> shapes;
  std::optional<QualityTexts> quality;
  // The language its texts are in (a language code, "en" unless the file says otherwise), and
  // the same texts in other languages, in file order (translation.hpp: languages_of,
  // in_language). Neither changes ids, scale, reversals or bands.
  std::string lang = "en";
  std::vector<Translation> translations;

  [[nodiscard]] int item_count() const { return static_cast<int>(items.size()); }
  [[nodiscard]] int min_total() const { return item_count() * scale_min; }
  [[nodiscard]] int max_total() const { return item_count() * scale_max; }
  // The scale's whole-number middle ("both equally"); none on a scale such as 1-4.
  [[nodiscard]] std::optional<int> middle() const {
    if ((scale_min + scale_max) % 2 != 0) return std::nullopt;
    return (scale_min + scale_max) / 2;
  }
  [[nodiscard]] std::size_t band_of(int total) const;
  [[nodiscard]] std::vector<std::size_t> items_of_theme(std::size_t theme) const;
};

// One thing wrong with a questionnaire definition: where (a JSON path) and what.
struct Problem {
  std::string path;
  std::string message;
};

using Problems = std::vector<Problem>;

// Parses and validates a questionnaire definition, reporting every problem found.
Expected<Questionnaire, Problems> load_questionnaire(std::string_view json);

// The questionnaire shipped with Crossroads, embedded at build time. Every published version is
// kept, so answers given to an earlier one (links, files, history) are still scored by its rules.
std::string_view builtin_questionnaire_json();  // the latest version
Questionnaire builtin_questionnaire();
// Versions 1 .. builtin_latest_version(); nullopt for any other number.
int builtin_latest_version();
std::optional<std::string_view> builtin_questionnaire_json(int version);
std::optional<Questionnaire> builtin_questionnaire(int version);

}  // namespace crossroads
