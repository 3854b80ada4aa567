// JS values to the engine's RawAnswer (see js_input.hpp). Each list is measured in one call and
// copied into WASM memory in a second; only typed text answers are fetched one by one.
#include "js_input.hpp"

#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>

namespace {

using crossroads::RawAnswer;
using emscripten::EM_VAL;
using emscripten::val;

// Kinds written by the JS side (crossroadsAnswerKind in wasm/answer_kind.js).
enum Kind : unsigned char { kMissing, kNumber, kText, kTrue, kFalse, kList, kOther };

// Not clang-formatted: it reads the JS bodies as C++ (=== becomes == =).
// clang-format off
// The length of a JS array, or -1 when the value is not one.
EM_JS(int, crossroads_list_length, (EM_VAL handle), {
  var v = Emval.toValue(handle);
  return Array.isArray(v) ? v.length : -1;
});

EM_JS(void, crossroads_read_answers, (EM_VAL handle, unsigned char* kinds, double* numbers, int n),
      {
        var list = Emval.toValue(handle);
        var U = HEAPU8;
        var F = HEAPF64;
        var f0 = numbers >> 3;
        for (var i = 0; i < n; i++) {
          var v = i < list.length ? list[i] : null;
          var kind = crossroadsAnswerKind(v);
          if (kind === 1) F[f0 + i] = v;
          U[kinds + i] = kind;
        }
      });

// For each row: how many answers (-1: no answers list) and how many UTF-8 bytes its id takes
// (-1: no text id). Returns the number of answers in all.
// count: the length measured first; a getter that grows the list cannot make it write past it.
EM_JS(int, crossroads_scan_rows, (EM_VAL handle, int count, int* lengths, int* id_bytes), {
  var rows = Emval.toValue(handle);
  var H = HEAP32;
  var total = 0;
  for (var r = 0; r < count; r++) {
    var row = rows[r];
    var n = -1;
    var b = -1;
    if (row !== null && typeof row === "object") {
      if (Array.isArray(row["answers"])) n = row["answers"].length;
      if (typeof row["id"] === "string") {
        // UTF-8 bytes as TextEncoder writes them (a lone surrogate as U+FFFD, 3 bytes).
        var id = row["id"];
        b = 0;
        for (var k = 0; k < id.length; k++) {
          var c = id.charCodeAt(k);
          if (c < 0x80) b += 1;
          else if (c < 0x800) b += 2;
          else if ((c & 0xFC00) === 0xD800 && (id.charCodeAt(k + 1) & 0xFC00) === 0xDC00) {
            b += 4;
            k++;
          } else b += 3;
        }
      }
    }
    H[(lengths >> 2) + r] = n;
    H[(id_bytes >> 2) + r] = b;
    if (n > 0) total += n;
  }
  return total;
});

// The length of a JS string in UTF-16 code units, or -1 when the value is not a string.
EM_JS(int, crossroads_text_length, (EM_VAL handle), {
  var v = Emval.toValue(handle);
  return typeof v === "string" ? v.length : -1;
});

// Writes the string's UTF-8 bytes from code unit `from` on into out (room bytes at most), with
// TextEncoder: natively, where Embind's std::string copies character by character in JS. Lone
// surrogates become U+FFFD. Returns the code units read; *written gets the bytes written.
EM_JS(int, crossroads_encode_text, (EM_VAL handle, int from, char* out, int room, int* written), {
  var v = Emval.toValue(handle);
  var r = new TextEncoder()["encodeInto"](from ? v.substring(from) : v,
                                          HEAPU8.subarray(out, out + room));
  HEAP32[written >> 2] = r["written"];
  return r["read"];
});

// Writes every row's answers (as crossroads_read_answers does, back to back) and ids (UTF-8, back
// to back), never more than the scan measured.
EM_JS(void, crossroads_fill_rows,
      (EM_VAL handle, int count, const int* lengths, const int* id_bytes, unsigned char* kinds,
       double* numbers, unsigned char* ids),
      {
        var rows = Emval.toValue(handle);
        var H = HEAP32;
        var encoder = new TextEncoder();
        var cell = 0;
        var at = ids;
        for (var r = 0; r < count; r++) {
          var row = rows[r];
          var n = H[(lengths >> 2) + r];
          var b = H[(id_bytes >> 2) + r];
          var list = n > 0 && row !== null && typeof row === "object" ? row["answers"] : null;
          if (!Array.isArray(list)) list = [];
          for (var i = 0; i < n; i++) {
            var v = i < list.length ? list[i] : null;
            var kind = crossroadsAnswerKind(v);
            if (kind === 1) HEAPF64[(numbers >> 3) + cell] = v;
            HEAPU8[kinds + cell] = kind;
            cell++;
          }
          if (b >= 0) {
            var id = row !== null && typeof row === "object" && typeof row["id"] === "string"
                ? row["id"] : "";
            // A getter may have changed it since the scan: then it is left blank (zeros).
            if (b === id.length) {  // ASCII (the scan counted a byte per code unit)
              for (var k = 0; k < b && id.charCodeAt(k) < 0x80; k++) HEAPU8[at + k] = id.charCodeAt(k);
              if (k < b) HEAPU8.fill(0, at, at + b);
            } else {
              var done = encoder["encodeInto"](id, HEAPU8.subarray(at, at + b));
              if (done["read"] !== id.length || done["written"] !== b) HEAPU8.fill(0, at, at + b);
            }
            at += b;
          }
        }
      });
// clang-format on

RawAnswer answer_of(Kind kind, double number, const val& text_of) {
  switch (kind) {
    case kMissing:
      return RawAnswer::missing();
    case kNumber:
      return RawAnswer::of(number);
    case kText:  // a getter may have changed it since: anything but a string reads as blank
      return RawAnswer::from_token(crossroads::bindings::text_from_js(text_of).value_or(""));
    case kTrue:
      return RawAnswer::not_number("true");
    case kFalse:
      return RawAnswer::not_number("false");
    case kList:
      return RawAnswer::not_number("a list");
    default:
      return RawAnswer::not_number("an object");
  }
}

}  // namespace

namespace crossroads::bindings {

std::optional<std::string> text_from_js(const val& text) {
  const int length = crossroads_text_length(text.as_handle());
  if (length < 0) return std::nullopt;
  // UTF-8 takes at least a byte per UTF-16 code unit, and ASCII exactly one: most texts are
  // read in one go. What is left after non-ASCII text takes at most 3 bytes per unit.
  std::string out(static_cast<std::size_t>(length), '\0');
  int written = 0;
  int read = crossroads_encode_text(text.as_handle(), 0, out.data(), length, &written);
  while (read < length) {
    out.resize(static_cast<std::size_t>(written) + 3 * static_cast<std::size_t>(length - read));
    int more = 0;
    const int step = crossroads_encode_text(text.as_handle(), read, out.data() + written,
                                            static_cast<int>(out.size()) - written, &more);
    if (step == 0) break;  // cannot happen (the room always fits the rest); never loop forever
    read += step;
    written += more;
  }
  out.resize(static_cast<std::size_t>(written));
  return out;
}

std::optional<std::vector<RawAnswer>> answers_from_js(const val& list) {
  const int n = crossroads_list_length(list.as_handle());
  if (n < 0) return std::nullopt;
  std::vector<unsigned char> kinds(n);
  std::vector<double> numbers(n);
  crossroads_read_answers(list.as_handle(), kinds.data(), numbers.data(), n);
  std::vector<RawAnswer> out;
  out.reserve(n);
  for (int i = 0; i < n; ++i) {
    const auto kind = static_cast<Kind>(kinds[i]);
    out.push_back(answer_of(kind, numbers[i], kind == kText ? list[i] : val::undefined()));
  }
  return out;
}

std::optional<std::vector<Respondent>> rows_from_js(const val& rows) {
  const int n = crossroads_list_length(rows.as_handle());
  if (n < 0) return std::nullopt;
  std::vector<int> lengths(n);
  std::vector<int> id_bytes(n);
  const int cells = crossroads_scan_rows(rows.as_handle(), n, lengths.data(), id_bytes.data());
  std::size_t id_total = 1;
  for (const int b : id_bytes) id_total += b > 0 ? b : 0;
  std::vector<unsigned char> kinds(cells);
  std::vector<double> numbers(cells);
  std::string ids(id_total, '\0');
  crossroads_fill_rows(rows.as_handle(), n, lengths.data(), id_bytes.data(), kinds.data(),
                       numbers.data(), reinterpret_cast<unsigned char*>(ids.data()));
  std::vector<Respondent> out(n);
  std::size_t cell = 0;
  std::size_t at = 0;
  for (int r = 0; r < n; ++r) {
    Respondent& row = out[r];
    if (id_bytes[r] >= 0) {
      row.id.assign(ids, at, id_bytes[r]);
      at += id_bytes[r];
    } else {
      row.id = std::to_string(r + 1);
    }
    row.answers.reserve(lengths[r] > 0 ? lengths[r] : 0);
    for (int i = 0; i < lengths[r]; ++i, ++cell) {
      const auto kind = static_cast<Kind>(kinds[cell]);
      row.answers.push_back(
          answer_of(kind, numbers[cell], kind == kText ? rows[r]["answers"][i] : val::undefined()));
    }
  }
  return out;
}

}  // namespace crossroads::bindings
