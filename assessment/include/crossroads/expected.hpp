#pragma once
// A value or an error: the engine's edges report bad input this way instead of throwing,
// so the same code runs in WebAssembly without exception support costs.
#include <utility>
#include <variant>

namespace crossroads {

template <class T, class E>
class Expected {
 public:
  Expected(T value)
      : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  static Expected failure(E error) { return Expected(std::in_place_index<1>, std::move(error)); }

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] const T& value() const { return std::get<0>(state_); }
  [[nodiscard]] T& value() { return std::get<0>(state_); }
  [[nodiscard]] const E& error() const { return std::get<1>(state_); }

 private:
  template <std::size_t I, class V>
  Expected(std::in_place_index_t<I> tag, V&& v) : state_(tag, std::forward<V>(v)) {}
  std::variant<T, E> state_;
};

}  // namespace crossroads
