// Column names: how they are compared with statements, and shown in messages (csv_names.hpp).
#include "crossroads/csv_names.hpp"

#include <algorithm>
#include <iterator>

namespace crossroads {
namespace {

// Column names shown in messages are cut to about this many bytes: a form's column is headed with
// a whole question.
constexpr std::size_t kShownName = 40;

// What StatementNames::in returns for words that name more than one statement.
constexpr std::size_t kSeveral = static_cast<std::size_t>(-1);

// Marks dropped from column names besides ASCII punctuation and spaces: the no-break space, the
// typographic quotes, dashes and ellipsis word processors put in, « » ¿ ¡, and the Arabic comma
// and question mark.
constexpr std::string_view kDroppedMarks[] = {
    "\xC2\xA0",     "\xC2\xAB",     "\xC2\xBB",     "\xC2\xBF",     "\xC2\xA1",
    "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x93",
    "\xE2\x80\x94", "\xE2\x80\xA6", "\xD8\x8C",     "\xD8\x9F"};

}  // namespace

std::optional<std::size_t> small_number(std::string_view digits) {
  constexpr std::size_t kMaxDigits = 6;  // far beyond any questionnaire's length
  if (digits.empty() || digits.size() > kMaxDigits) return std::nullopt;
  std::size_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

std::string normalize_column_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80U) {
      const bool upper = c >= 'A' && c <= 'Z';
      if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.push_back(static_cast<char>(upper ? c - 'A' + 'a' : c));
      }
      ++i;
      continue;
    }
    const auto mark =
        std::find_if(std::begin(kDroppedMarks), std::end(kDroppedMarks),
                     [&](std::string_view m) { return name.substr(i, m.size()) == m; });
    if (mark != std::end(kDroppedMarks)) {
      i += mark->size();
    } else {
      out.push_back(name[i++]);  // other letters (bytes of UTF-8 sequences) are kept as they are
    }
  }
  return out;
}

std::optional<std::size_t> statement_named(const Questionnaire& q, std::string_view name) {
  return StatementNames(q).find(name);
}

std::string shown_column_name(std::string_view name) {
  if (name.size() <= kShownName) return std::string(name);
  std::size_t cut = kShownName - 1;
  // Not inside a UTF-8 sequence: continuation bytes are 10xxxxxx.
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) --cut;
  std::string out(name.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\xE2\x80\xA6";
}

std::optional<std::size_t> column_named(const std::vector<std::string>& names,
                                        std::string_view wanted) {
  const std::string key = normalize_column_name(wanted);
  for (std::size_t c = 0; c < names.size(); ++c) {
    // A name of punctuation only ("#") has nothing left to compare: it must match as it is.
    if (key.empty() ? names[c] == wanted : normalize_column_name(names[c]) == key) return c;
  }
  return std::nullopt;
}

StatementNames::StatementNames(const Questionnaire& q,
                               const std::vector<std::vector<std::string>>& more)
    : count_(q.items.size()) {
  const auto add = [](Names& names, const std::string& name, std::size_t statement) {
    std::string key = normalize_column_name(name);
    if (!key.empty()) names.push_back({std::move(key), statement});
  };
  for (std::size_t i = 0; i < count_; ++i) add(ids_, q.items[i].id, i);
  // Every language's words, and the caller's, in one list: none of them comes first.
  std::vector<const std::vector<Item>*> languages = {&q.items};
  for (const Translation& t : q.translations) {
    if (t.texts.items.size() == count_) languages.push_back(&t.texts.items);
  }
  for (const std::vector<Item>* items : languages) {
    for (std::size_t i = 0; i < count_; ++i) {
      add(words_, (*items)[i].prompt, i);
      add(words_, (*items)[i].short_label, i);
    }
  }
  for (const std::vector<std::string>& list : more) {
    for (std::size_t i = 0; i < std::min(list.size(), count_); ++i) add(words_, list[i], i);
  }
}

std::optional<std::size_t> StatementNames::find(std::string_view name) const {
  const std::string key = normalize_column_name(name);
  if (key.empty()) return std::nullopt;
  // An id, else a number, else words; words naming several statements name none.
  const auto decided = [](std::optional<std::size_t> found) {
    return found == kSeveral ? std::nullopt : found;
  };
  if (const auto i = in(ids_, key)) return decided(i);
  if (const auto i = number_in(key)) return i;
  return decided(in(words_, key));
}

std::optional<std::size_t> StatementNames::in(const Names& names, const std::string& key) {
  std::optional<std::size_t> found;
  for (const Named& named : names) {
    if (named.key != key) continue;
    if (found && *found != named.statement) return kSeveral;
    found = named.statement;
  }
  return found;
}

std::optional<std::size_t> StatementNames::number_in(std::string_view key) const {
  for (const std::string_view prefix : {"statement", "question", "q"}) {
    if (key.substr(0, prefix.size()) == prefix) {
      key.remove_prefix(prefix.size());
      break;
    }
  }
  const auto number = small_number(key);
  if (!number || *number < 1 || *number > count_) return std::nullopt;
  return *number - 1;
}

}  // namespace crossroads
