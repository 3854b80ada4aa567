// Builds JS values from a ValSink's tape in one call (see val_sink.hpp). Texts are UTF-8 in WASM
// memory: many ASCII ones are decoded at once and cut apart; otherwise short ASCII ones are read
// byte by byte, the rest by TextDecoder.
#include "val_sink.hpp"

#include <emscripten/emscripten.h>

#include "crossroads/result_json.hpp"

namespace {

using emscripten::EM_VAL;

// Not clang-formatted: it reads the JS bodies as C++ (=== becomes == =).
// clang-format off
// Ops as in ValSink::Op: 0 {, 1 [, 2 } or ], 3 key, 4 string, 5 int, 6 double, 7 true, 8 false,
// 9 null. Key and string are followed by (offset into bytes, length), int by the value and
// double by its index into doubles.
EM_JS(EM_VAL, crossroads_build_value,
      (const int* tape, int count, const unsigned char* bytes, int size, const double* doubles), {
        var T = HEAP32;
        var U = HEAPU8;
        var F = HEAPF64;
        var decoder = null;
        // Many texts (a batch's errors): decoded in one go and cut, when all ASCII.
        var all = null;
        if (size >= 4096) {
          decoder = new TextDecoder();
          all = decoder.decode(U.subarray(bytes, bytes + size));
          if (all.length !== size) all = null;
        }
        function text(offset, length) {
          if (all !== null) return all.substring(offset, offset + length);
          var p = bytes + offset;
          if (length < 64) {
            var s = "";
            for (var k = 0; k < length; k++) {
              var c = U[p + k];
              if (c > 127) {
                s = null;
                break;
              }
              s += String.fromCharCode(c);
            }
            if (s !== null) return s;
          }
          decoder = decoder || new TextDecoder();
          return decoder.decode(U.subarray(p, p + length));
        }
        var i = tape >> 2;
        var end = i + count;
        var stack = [];
        var current = null;
        var inArray = false;
        var key = "";
        var root = null;
        while (i < end) {
          var op = T[i++];
          var v;
          if (op === 3) {
            key = text(T[i], T[i + 1]);
            i += 2;
            continue;
          }
          if (op === 2) {
            inArray = stack.pop();
            current = stack.pop();
            continue;
          }
          switch (op) {
            case 0:
              v = {};
              break;
            case 1:
              v = [];
              break;
            case 4:
              v = text(T[i], T[i + 1]);
              i += 2;
              break;
            case 5:
              v = T[i++];
              break;
            case 6:
              v = F[(doubles >> 3) + T[i++]];
              break;
            case 7:
              v = true;
              break;
            case 8:
              v = false;
              break;
            default:
              v = null;
          }
          if (current === null)
            root = v;
          else if (inArray)
            current.push(v);
          else
            current[key] = v;
          if (op <= 1) {
            stack.push(current, inArray);
            current = v;
            inArray = op === 1;
          }
        }
        return Emval.toHandle(root);
      });

// strings: UTF-8 texts back to back; ends[i]: where text i ends.
EM_JS(EM_VAL, crossroads_build_strings, (const unsigned char* bytes, const int* ends, int count), {
  var U = HEAPU8;
  var E = HEAP32;
  var e0 = ends >> 2;
  var total = count ? E[e0 + count - 1] : 0;
  var out = new Array(count);
  var all = new TextDecoder().decode(U.subarray(bytes, bytes + total));
  var start = 0;
  var k;
  if (all.length === total) {  // ASCII only: byte offsets are string offsets
    for (k = 0; k < count; k++) {
      out[k] = all.substring(start, E[e0 + k]);
      start = E[e0 + k];
    }
  } else {
    var decoder = new TextDecoder();
    for (k = 0; k < count; k++) {
      out[k] = decoder.decode(U.subarray(bytes + start, bytes + E[e0 + k]));
      start = E[e0 + k];
    }
  }
  return Emval.toHandle(out);
});

// A batch's errors: strings holds id, code and message of each, numbers its row and item.
EM_JS(EM_VAL, crossroads_build_errors, (EM_VAL strings_handle, const int* numbers, int count), {
  var s = Emval.toValue(strings_handle);
  var N = HEAP32;
  var n = numbers >> 2;
  var out = new Array(count);
  for (var k = 0; k < count; k++) {
    out[k] = {
      "row": N[n + 2 * k],
      "id": s[3 * k],
      "error": {"code": s[3 * k + 1], "item": N[n + 2 * k + 1], "message": s[3 * k + 2]}
    };
  }
  return Emval.toHandle(out);
});
// clang-format on

// Texts back to back as one JS array of strings.
class TextList {
 public:
  explicit TextList(std::size_t count) { ends_.reserve(count); }
  void add(std::string_view text) {
    bytes_.append(text);
    ends_.push_back(static_cast<int>(bytes_.size()));
  }
  emscripten::val take() {
    return emscripten::val::take_ownership(
        crossroads_build_strings(reinterpret_cast<const unsigned char*>(bytes_.data()),
                                 ends_.data(), static_cast<int>(ends_.size())));
  }

 private:
  std::string bytes_;
  std::vector<int> ends_;
};

}  // namespace

namespace crossroads::bindings {

emscripten::val ValSink::take() {
  const EM_VAL handle =
      crossroads_build_value(tape_.data(), static_cast<int>(tape_.size()),
                             reinterpret_cast<const unsigned char*>(bytes_.data()),
                             static_cast<int>(bytes_.size()), doubles_.data());
  tape_.clear();
  bytes_.clear();
  doubles_.clear();
  return emscripten::val::take_ownership(handle);
}

emscripten::val failure_to_val(const AnswerError& e) {
  ValSink out;
  write_failure(out, e);
  return out.take();
}

emscripten::val strings_to_array(const std::vector<std::string>& strings) {
  TextList texts(strings.size());
  for (const auto& s : strings) texts.add(s);
  return texts.take();
}

emscripten::val errors_to_array(const std::vector<RowError>& errors) {
  TextList texts(3 * errors.size());
  std::vector<int> numbers;
  numbers.reserve(2 * errors.size());
  for (const RowError& e : errors) {
    texts.add(e.id);
    texts.add(code_name(e.error.code));
    texts.add(e.error.message);
    numbers.push_back(static_cast<int>(e.row));
    numbers.push_back(e.error.item);
  }
  const emscripten::val strings = texts.take();
  return emscripten::val::take_ownership(crossroads_build_errors(
      strings.as_handle(), numbers.data(), static_cast<int>(errors.size())));
}

}  // namespace crossroads::bindings
