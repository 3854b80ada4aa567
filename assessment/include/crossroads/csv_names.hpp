#pragma once
// Column names in a CSV header: how they are compared with a questionnaire's statements (by id,
// number, prompt or short label, ignoring case, spacing and punctuation, as form tools head their
// columns with the question's words), and how messages show them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/questionnaire.hpp"

namespace crossroads {

// A column name as it is compared with statements: ASCII letters lower-cased, spaces and
// punctuation (ASCII, and the common typographic marks) dropped.
std::string normalize_column_name(std::string_view name);

// A column name as messages show it: cut to about 40 bytes with "…" (a form heads its columns
// with whole questions).
std::string shown_column_name(std::string_view name);

// The statement (index into q.items) a header cell names: by id, else by number ("q3", "3"),
// else by words, a prompt or short label in any language q has (a form made in French may be
// scored with the English texts, and the other way round); nullopt when it names none. Words that
// fit two statements (in one language, or across languages when q was not loaded, which refuses
// that) name none, as an unknown name does: which of q's languages comes first never matters.
std::optional<std::size_t> statement_named(const Questionnaire& q, std::string_view name);

// The column of `names` that `wanted` names (compared as normalize_column_name writes them).
std::optional<std::size_t> column_named(const std::vector<std::string>& names,
                                        std::string_view wanted);

// The value of up to 6 decimal digits, and nothing else; nullopt otherwise. (std::stoul would
// bring exceptions and stdio into the WASM module for this.)
std::optional<std::size_t> small_number(std::string_view digits);

// Each statement's names, normalized once per input: a header may have many long cells, each
// compared with every statement's id, prompt and short label.
class StatementNames {
 public:
  // more: further words for the statements, each list one per statement in q's order (the
  // prompts or short labels of a language q does not carry, as CsvOptions::extra_names gives
  // them), compared as q's own; a list's words past q's statements are ignored.
  explicit StatementNames(const Questionnaire& q,
                          const std::vector<std::vector<std::string>>& more = {});
  // See statement_named.
  [[nodiscard]] std::optional<std::size_t> find(std::string_view name) const;

 private:
  // One normalized name and the statement it names. A few hundred short texts at most, searched
  // whole (a hash table would add kilobytes to the WASM module for no gain at this size).
  struct Named {
    std::string key;
    std::size_t statement;
  };
  using Names = std::vector<Named>;
  // The statement `key` names in `names`: none, its one statement, or kSeveral (csv_names.cpp)
  // when it names more than one.
  static std::optional<std::size_t> in(const Names& names, const std::string& key);
  // "3", "q3", "question3" or "statement3" (spaces and punctuation already dropped).
  [[nodiscard]] std::optional<std::size_t> number_in(std::string_view key) const;

  std::size_t count_;
  Names ids_;
  Names words_;  // every language's prompts and short labels, and the caller's words
};

}  // namespace crossroads
