// A batch's columns (engine.d.ts, Columns) as one JS object with typed arrays.
#include "columns_val.hpp"

#include "val_sink.hpp"

namespace crossroads::bindings {

using emscripten::val;

namespace {

template <class T>
val typed_array(const std::vector<T>& column) {
  return val(emscripten::typed_memory_view(column.size(), column.data())).call<val>("slice");
}

}  // namespace

// The plain fields through one sink, the columns as typed arrays.
val columns_to_val(const Questionnaire& q, const BatchColumns& c) {
  ValSink sink;
  sink.StartObject();
  sink.Key("ok");
  sink.Bool(true);
  sink.Key("count");
  sink.Int(static_cast<int>(c.count()));
  sink.Key("shapeNames");
  sink.StartArray();
  for (const Shape s : {Shape::split, Shape::centred, Shape::consistent})
    sink.String(shape_name(s));
  sink.EndArray();
  const ScoreRange range = score_range(q);
  sink.Key("range");
  sink.StartObject();
  sink.Key("min");
  sink.Int(range.min);
  sink.Key("max");
  sink.Int(range.max);
  sink.Key("themes");
  sink.StartArray();
  for (std::size_t t = 0; t < q.themes.size(); ++t) {
    sink.StartObject();
    sink.Key("id");
    sink.String(q.themes[t].id);
    sink.Key("min");
    sink.Int(range.theme_min[t]);
    sink.Key("max");
    sink.Int(range.theme_max[t]);
    sink.EndObject();
  }
  sink.EndArray();
  sink.EndObject();
  sink.Key("errors");
  sink.Null();  // set below, in its place among the keys
  sink.EndObject();
  val out = sink.take();
  out.set("errors", errors_to_array(c.errors));
  out.set("ids", strings_to_array(c.ids));
  out.set("total", typed_array(c.total));
  out.set("band", typed_array(c.band));
  val themes = val::array();
  for (const auto& theme : c.themes) themes.call<void>("push", typed_array(theme));
  out.set("themes", themes);
  out.set("shape", typed_array(c.shape));
  out.set("margin", c.has_margin ? typed_array(c.margin) : val::null());
  out.set("toward", c.has_margin ? typed_array(c.toward) : val::null());
  out.set("borderline", typed_array(c.borderline));
  return out;
}

}  // namespace crossroads::bindings
