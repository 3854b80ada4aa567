#pragma once
// Reads JSON sent by strangers the way their editors read it, or refuses it with one clear
// sentence. Every JSON input of the engine (questionnaires, answers, result files) comes through
// here, so no file can crash a parser or mean one thing to the engine and another to an editor.
#include <rapidjson/document.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "crossroads/expected.hpp"

namespace crossroads::json {

// Format 1 nests 4 levels (root, bands, a band, its advice). The limit keeps hostile nesting
// (a million "[") from exhausting the stack or the memory, with room to spare for later formats.
constexpr int kMaxDepth = 64;

// The largest JSON text read, in bytes. The built-in questionnaire is about 30 KB and a result file
// under 10 KB; beyond this, a file of a million keys would cost the WASM module hundreds of MB.
constexpr std::size_t kMaxBytes = std::size_t{16} << 20U;  // 16 MB

// The document, or what is wrong and where, as a sentence fragment without a final period:
//   not valid JSON: Missing a comma or ']' after an array element (line 3, column 7)
//   duplicate key "format" in the top-level object (line 1, column 21): each key may appear ...
// Refused beyond RFC 8259's grammar: duplicate keys (editors keep the last, which would make one
// file mean two things), bytes after the document (a NUL byte included), nesting deeper than
// kMaxDepth, and surrogate code points, which no UTF-8 text can hold. A leading BOM is skipped.
// Numbers are converted with strtod, which reads '.' as the decimal point in the "C" locale that
// the CLI and the WASM module keep; a host that sets LC_NUMERIC must set it back before calling.
Expected<rapidjson::Document, std::string> parse(std::string_view text);

// A key as a message shows it on one line: as written when it is a plain word, else JSON-quoted
// with control characters escaped, and cut after kShownKeyLength characters.
std::string shown_key(std::string_view key);

// A number with no fractional part, however it is written (1, 1.0, 1e0, 1e300), as JSON Schema's
// "integer" reads it; nullopt for anything else. Beyond 64 bits it saturates at LLONG_MIN or
// LLONG_MAX, so a bounds check still names the bound rather than calling 1e300 not whole.
std::optional<long long> whole_number(const rapidjson::Value& value);

}  // namespace crossroads::json
