"""Complementary suppression: a line never hides exactly one count."""

from app.models.suppression import Line, hidden_quantities, nested_lines, reader_bounds


def test_the_next_smallest_of_the_line_is_hidden_with_a_small_one():
    values = {"kvinna": 91, "man": 51, "annat": 2, "totalt": 144}
    assert hidden_quantities(values, [Line(("kvinna", "man", "annat"), "totalt")], 3) == {"annat", "man"}


def test_the_total_when_no_other_member_is_left_and_zeros_are_shown():
    values = {"a": 3, "b": 2, "c": 0, "t": 5}
    assert hidden_quantities(values, [Line(("a", "b", "c"), "t")], 3) == {"a", "b"}
    values = {"a": 0, "b": 2, "t": 2}
    assert hidden_quantities(values, [Line(("a", "b"), "t")], 3) == {"b", "t"}
    values = {"a": 0, "b": 5, "t": 5}
    assert hidden_quantities(values, [Line(("a", "b"), "t")], 3) == set()


def test_it_repeats_across_rows_and_columns_until_stable():
    # rows r1 = a + b, r2 = c + d; columns a + c, b + d; a is small
    values = {"a": 1, "b": 10, "c": 20, "d": 30, "r1": 11, "r2": 50, "k1": 21, "k2": 40, "t": 61}
    lines = [Line(("a", "b"), "r1"), Line(("c", "d"), "r2"), Line(("a", "c"), "k1"), Line(("b", "d"), "k2"),
             Line(("r1", "r2"), "t"), Line(("k1", "k2"), "t")]
    hidden = hidden_quantities(values, lines, 3)
    assert hidden == {"a", "b", "c", "d"}
    for line in lines:
        assert sum(q in hidden for q in (*line.members, line.total)) != 1


def test_a_sum_on_another_sheet_is_a_line_too():
    # one column: two people with personal data in 2025 (bits 1, 2), one in 2026 (bit 4), one
    # anonymous (bit 8); another sheet shows the three with personal data (7)
    column = Line((0b0011, 0b0100, 0b1000), 0b1111)
    nested = nested_lines([column], [0b0111])
    assert Line((0b0011, 0b0100), 0b0111) in nested and Line((0b1000, 0b0111), 0b1111) in nested
    values = {q: q.bit_count() for q in (0b0011, 0b0100, 0b1000, 0b1111, 0b0111)}
    hidden = hidden_quantities(values, [column, *nested], 3)
    assert 0b0111 in hidden  # 4 − 3 would give the anonymous one away


def test_two_small_ones_that_must_be_two_each_hide_one_more():
    # the tester's row: 5, 0, <3, <3, total 9 -> the two add up to 4 and are at most 2: both 2
    values = {"a": 5, "b": 0, "c": 2, "d": 2, "t": 9}
    row = Line(("a", "b", "c", "d"), "t")
    hidden = hidden_quantities(values, [row], 3)
    assert hidden == {"a", "c", "d"}
    bounds = reader_bounds(values, hidden, [row], 3)
    assert all(bounds[q][0] < bounds[q][1] for q in hidden)


def test_small_ones_adding_up_to_a_small_total_give_nothing_more_away_by_subtraction():
    # the tester's column Annat: <3 + <3 with a total <3 -> each is 1 (the marks alone say so);
    # then 22 − 13 − 1 = 8 for Man in the first row, unless more of the rows is hidden
    rows = {"r1": (13, 8, 1, 22), "r2": (10, 6, 1, 17), "t": (23, 14, 2, 39)}
    values = {(r, c): v for r, row in rows.items() for c, v in enumerate(row)}
    lines = [Line(((r, 0), (r, 1), (r, 2)), (r, 3)) for r in rows]
    lines += [Line((("r1", c), ("r2", c)), ("t", c)) for c in range(4)]
    hidden = hidden_quantities(values, lines, 3)
    bounds = reader_bounds(values, hidden, lines, 3)
    pinned = {q for q in hidden if bounds[q][0] == bounds[q][1]}
    assert pinned == {("r1", 2), ("r2", 2), ("t", 2)}  # nothing else follows from them
    assert ("r1", 1) in hidden and ("r1", 0) in hidden


def test_a_line_that_is_no_exact_sum_still_ends():
    values = {"a": 1, "b": 5, "t": 3}  # overlapping groups: not a + b
    assert "a" in hidden_quantities(values, [Line(("a", "b"), "t")], 3)
