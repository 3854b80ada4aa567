#pragma once
// The parts of a questionnaire that carry what a person reads (poles, themes, statements, bands,
// shape and quality texts), and one language's texts made of them (Texts), so one questionnaire
// can carry its words in several languages (translation.hpp) while its ids, scale, reversals and
// bands stay one and the same.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace crossroads {

struct Pole {
  std::string id;
  std::string label;
};

struct Theme {
  std::string id;
  std::string title;
  std::string description;
};

struct Item {
  std::string id;
  std::size_t theme = 0;  // index into Questionnaire::themes
  std::string prompt;
  std::string short_label;
  std::string low;
  std::string high;
  bool reverse = false;
};

struct Band {
  std::string id;
  int min = 0;
  int max = 0;
  std::string title;
  std::string summary;
  std::string explanation;
  std::vector<std::string> advice;
  std::vector<std::string> next_steps;
  std::vector<std::string> questions;
};

struct Text {
  std::string title;
  std::string explanation;
};

struct ShapeTexts {
  Text split;
  Text centred;
  Text consistent;
};

struct QualityTexts {
  std::string straight_line;
  std::string mostly_middle;
  std::string fast;
};

// A questionnaire's texts in one language: a localized copy of its text-bearing parts. Themes,
// statements and bands are the questionnaire's own (the same ids, theme, reversal and totals,
// in its order) with that language's words, so a text can never reach another statement than
// the one it was written for, and putting a language in place swaps whole parts (in_language).
struct Texts {
  std::string title;
  std::string intro;
  std::string credit;
  std::vector<std::string> about;
  Pole low;
  Pole high;
  std::vector<Theme> themes;
  std::vector<Item> items;
  std::vector<Band> bands;
  std::optional<ShapeTexts> shapes;
  std::optional<QualityTexts> quality;
};

// A questionnaire's texts in one more language than its own. lang is a language code
// (is_language_code in translation.hpp).
struct Translation {
  std::string lang;
  Texts texts;
};

}  // namespace crossroads
