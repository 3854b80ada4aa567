#include "strict_json.hpp"

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <unordered_set>
#include <vector>

namespace crossroads::json {
namespace {

using rapidjson::SizeType;

// 2^63 as a double: the first magnitude a long long cannot hold.
constexpr double kLongLongLimit = 9223372036854775808.0;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
// Keys beyond this many characters are cut in messages, which stay one readable line.
constexpr std::size_t kShownKeyLength = 40;

constexpr const char* kSurrogateHint =
    "a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF escape makes one character";

// What is wrong, and optionally how to put it right.
struct Problem {
  std::string what;
  std::string hint;
};

// "line 3, column 7", counting characters rather than bytes, as editors show it.
std::string where(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  const std::size_t start = text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;  // unseen
  for (std::size_t i = start; i < offset && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if ((byte & 0xC0U) != 0x80U) {  // not a UTF-8 continuation byte
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// A key JSON-quoted on one line: control characters escaped, cut after kShownKeyLength
// characters (UTF-8 sequences are kept whole).
std::string quoted_key(std::string_view key) {
  std::string out = "\"";
  std::size_t characters = 0;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const auto byte = static_cast<unsigned char>(key[i]);
    const bool starts_character = (byte & 0xC0U) != 0x80U;
    if (starts_character && ++characters > kShownKeyLength) return out + "...\"";
    if (byte < 0x20U || byte == 0x7FU) {
      constexpr std::string_view kHex = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4U];
      out += kHex[byte & 0xFU];
    } else {
      if (byte == '"' || byte == '\\') out += '\\';
      out += key[i];
    }
  }
  return out + "\"";
}

// RapidJSON turns an escaped high surrogate without its pair into an error, but writes a lone
// escaped low surrogate (\uDC00) as bytes ED B0 80, which are not UTF-8.
bool holds_surrogate(const char* s, SizeType length) {
  for (SizeType i = 0; i + 1 < length; ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xEDU && static_cast<unsigned char>(s[i + 1]) >= 0xA0U)
      return true;
  }
  return false;
}

// Passes parse events on to the document, stopping at what an editor would read differently
// and noting why. The reader runs iteratively, so depth costs heap, not stack; the limit bounds
// both.
class StrictHandler {
 public:
  explicit StrictHandler(rapidjson::Document& document) : document_(document) {}

  bool Null() { return element() && document_.Null(); }
  bool Bool(bool b) { return element() && document_.Bool(b); }
  bool Int(int i) { return element() && document_.Int(i); }
  bool Uint(unsigned u) { return element() && document_.Uint(u); }
  bool Int64(int64_t i) { return element() && document_.Int64(i); }
  bool Uint64(uint64_t u) { return element() && document_.Uint64(u); }
  bool Double(double d) { return element() && document_.Double(d); }
  bool RawNumber(const char* s, SizeType length, bool /*copy*/) {
    return element() && number(std::string(s, length));
  }
  bool String(const char* s, SizeType length, bool copy) {
    return element() && text_is_unicode(s, length) && document_.String(s, length, copy);
  }
  bool StartObject() { return element() && open(true) && document_.StartObject(); }
  bool Key(const char* s, SizeType length, bool copy) {
    if (!text_is_unicode(s, length)) return false;
    Level& object = levels_.back();
    std::string key(s, length);
    if (!object.keys.insert(key).second) {
      problem_ = {"duplicate key " + quoted_key(key) + " in " + current_object(),
                  "each key may appear once, since editors would keep only the last"};
      return false;
    }
    object.key = std::move(key);
    return document_.Key(s, length, copy);
  }
  bool EndObject(SizeType members) {
    levels_.pop_back();
    return document_.EndObject(members);
  }
  bool StartArray() { return element() && open(false) && document_.StartArray(); }
  bool EndArray(SizeType elements) {
    levels_.pop_back();
    return document_.EndArray(elements);
  }

  // Why the handler stopped the reader; empty when it did not.
  [[nodiscard]] const Problem& problem() const { return problem_; }

 private:
  struct Level {
    bool object = false;
    std::size_t elements = 0;  // values seen so far in an array
    std::string key;           // the member being read in an object
    std::unordered_set<std::string> keys;
  };

  // The reader checks the grammar; the value comes from the C library, correctly rounded however
  // many digits are written, as JSON.parse and editors read it. RapidJSON's own conversion is not:
  // it read 0.99999999999999999999 (which is 1) as just below 1. Numbers are written with '.',
  // and nothing here sets a locale, so strtod's "C" locale reads them.
  bool number(const std::string& written) {
    if (written.find_first_of(".eE") == std::string::npos) {
      const char* const end = written.data() + written.size();
      long long whole = 0;
      if (std::from_chars(written.data(), end, whole).ec == std::errc()) {
        return document_.Int64(whole);
      }
      unsigned long long positive = 0;
      if (std::from_chars(written.data(), end, positive).ec == std::errc()) {
        return document_.Uint64(positive);
      }
    }
    return document_.Double(std::strtod(written.c_str(), nullptr));
  }

  bool element() {
    if (!levels_.empty() && !levels_.back().object) ++levels_.back().elements;
    return true;
  }

  bool open(bool object) {
    if (levels_.size() >= static_cast<std::size_t>(kMaxDepth)) {
      problem_ = {
          "lists and objects nested more than " + std::to_string(kMaxDepth) + " levels deep", ""};
      return false;
    }
    levels_.push_back(Level{object, 0, {}, {}});
    return true;
  }

  bool text_is_unicode(const char* s, SizeType length) {
    if (!holds_surrogate(s, length)) return true;
    problem_ = {"a lone surrogate escape (\\uDC00 to \\uDFFF) in a text or key", kSurrogateHint};
    return false;
  }

  // The path of the innermost object, as problems name fields: "items[2].low".
  [[nodiscard]] std::string current_object() const {
    if (levels_.size() <= 1) return "the top-level object";
    std::string path;
    for (std::size_t i = 0; i + 1 < levels_.size(); ++i) {
      const Level& level = levels_[i];
      if (level.object) {
        path += (path.empty() ? "" : ".") + shown_key(level.key);
      } else {
        path += "[" + std::to_string(level.elements - 1) + "]";
      }
    }
    return "the object at " + path;
  }

  rapidjson::Document& document_;
  std::vector<Level> levels_;
  Problem problem_;
};

// at: the byte the reader stopped at, or 0 at the end of the text.
Problem describe(rapidjson::ParseErrorCode code, unsigned char at) {
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      return {"no JSON value: the text is empty or only spaces", ""};
    case rapidjson::kParseErrorDocumentRootNotSingular:
      return {"more text after the end of the JSON value", ""};
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
      return {"a lone surrogate escape (\\uD800 to \\uDBFF) in a text or key", kSurrogateHint};
    case rapidjson::kParseErrorNumberTooBig:
      // RapidJSON refuses an exponent above 308 while reading, even in 0e400 (which is 0).
      return {"a number too big to store, or written with an exponent above 308", ""};
    case rapidjson::kParseErrorStringEscapeInvalid:
      // RapidJSON reports a raw tab or line break in a text under this code too.
      if (at != 0 && at < 0x20U) {
        return {"a control character (such as a tab or a line break) inside a text",
                "write it as an escape, such as \\t or \\n"};
      }
      return {"not valid JSON: a backslash not followed by one of \" \\ / b f n r t u", ""};
    case rapidjson::kParseErrorStringInvalidEncoding:
      return {"bytes that are not UTF-8 in a text", "save the file as UTF-8"};
    default: {
      std::string message = rapidjson::GetParseError_En(code);
      if (!message.empty() && message.back() == '.') message.pop_back();
      return {"not valid JSON: " + message, ""};
    }
  }
}

}  // namespace

Expected<rapidjson::Document, std::string> parse(std::string_view text) {
  using Out = Expected<rapidjson::Document, std::string>;
  if (text.size() > kMaxBytes) {
    return Out::failure("a JSON text of " + std::to_string(text.size() >> 20U) +
                        " MB, larger than the " + std::to_string(kMaxBytes >> 20U) +
                        " MB this tool reads");
  }
  // RapidJSON's input stream reads a zero byte as the end, which would hide what follows it.
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    return Out::failure("a NUL (zero) byte, which JSON text cannot contain (" + where(text, nul) +
                        ")");
  }
  rapidjson::Document document;
  StrictHandler handler(document);
  rapidjson::ParseResult result;
  const auto read = [&](rapidjson::Document& /*same document*/) {
    rapidjson::MemoryStream memory(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> input(memory);
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag |
                                rapidjson::kParseIterativeFlag |
                                rapidjson::kParseNumbersAsStringsFlag;
    result = reader.Parse<kFlags>(input, handler);
    return !result.IsError();
  };
  document.Populate(read);
  if (!result.IsError()) return document;
  const Problem problem =
      result.Code() == rapidjson::kParseErrorTermination
          ? handler.problem()
          : describe(result.Code(), result.Offset() < text.size() ? text[result.Offset()] : 0);
  return Out::failure(problem.what + " (" + where(text, result.Offset()) + ")" +
                      (problem.hint.empty() ? "" : ": " + problem.hint));
}

std::string shown_key(std::string_view key) {
  const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '$';
  });
  if (plain && key.size() <= kShownKeyLength) return std::string(key);
  return quoted_key(key);
}

std::optional<long long> whole_number(const rapidjson::Value& value) {
  if (value.IsInt64()) return value.GetInt64();
  if (!value.IsNumber()) return std::nullopt;
  const double d = value.GetDouble();
  if (!std::isfinite(d) || std::trunc(d) != d) return std::nullopt;
  if (d >= kLongLongLimit) return LLONG_MAX;
  if (d < -kLongLongLimit) return LLONG_MIN;
  return static_cast<long long>(d);
}

}  // namespace crossroads::json
