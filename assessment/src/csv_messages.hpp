#pragma once
// Every sentence the CSV reading says (private to the engine's CSV files): about a row it cannot
// split into answers (csv_reader.cpp), and about an input whose layout cannot be used
// (csv_layout.cpp). One place, so the words can be read together and translated together.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "crossroads/answers.hpp"
#include "crossroads/questionnaire.hpp"

namespace crossroads {

// A row: `line` is its first line, `lines` how many it spans.
AnswerError unclosed_quote(int line, int lines);
AnswerError text_after_quote(int line, int lines);
AnswerError rows_taken_in(int line, int lines);
AnswerError wrong_count(int line, std::size_t expected, std::size_t got);
AnswerError too_many_values(int line, std::size_t columns, std::size_t got);

// The layout: statement `index` named by no column (and `others` more after it); a statement
// named by two columns; an id column that is not there, or holds a statement's answers.
AnswerError unnamed_statement(const Questionnaire& q, std::size_t index, std::size_t others);
AnswerError named_twice(std::size_t statement, std::size_t first, std::size_t second,
                        const std::vector<std::string>& names);
AnswerError no_id_column(std::string_view name, bool header);
AnswerError id_is_a_statement(std::string_view name, std::size_t statement);

}  // namespace crossroads
