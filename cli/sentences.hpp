#pragma once
// The command line's own sentences in one language, read once at start-up from
// cli/strings/<code>.json (embedded at build time), so a translation is a new file, not a change
// to the code. The questionnaire's texts come from the questionnaire, and the engine's messages
// from the engine.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads::cli {

class Sentences {
 public:
  // A language's sentences: `json` is its file, `english_json` English's. A key the language
  // lacks, or holds in another shape (a text where English has plural forms, or forms without
  // "other"), is taken from English, so a gap shows English rather than nothing; missing() names
  // it, for the test that keeps every language complete. A file that cannot be read counts as
  // one without keys.
  static Sentences read(std::string_view code, std::string_view json,
                        std::string_view english_json);

  // The language the sentences are in (its plural rules pick each count's form).
  const std::string& language() const { return language_; }

  // The template under `key` (numbered slots {0}, {1}, ... filled by fill() in format.hpp). An
  // unknown key gives the key itself: a mistake shows in the output rather than stopping the
  // command (tests/cli/cli_sentences_test.sh checks every key the code names exists).
  std::string_view text(std::string_view key) const;

  // The form of `key`'s plural forms that n takes in the entry's language, with n in {0}: "1
  // point", "2 points". A form the language does not have falls back to "other".
  std::string count(std::string_view key, long long n) const;

  // The keys English has and this language does not (each shown in English).
  const std::vector<std::string>& missing() const { return missing_; }

 private:
  struct Entry {
    std::string text;                                       // a sentence
    std::map<std::string, std::string, std::less<>> forms;  // or plural forms by CLDR category
    std::string language;  // whose plural rules pick a form: English's for a key taken from it
  };
  std::string language_;
  std::map<std::string, Entry, std::less<>> entries_;
  std::vector<std::string> missing_;
};

// The codes the command line has sentences for, English first (cli/strings/, and en-XA).
std::vector<std::string> sentence_languages();

// The sentences in the language `wanted` names (a code as code_of_locale gives it: the same code,
// else the same language part), else English.
Sentences sentences_for(const std::optional<std::string>& wanted);

}  // namespace crossroads::cli
