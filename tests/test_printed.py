"""Printed figures: two prints of values the grader calls equal agree, whatever
digit their rounding falls on; a figure that is wrong at the printed precision does not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.grading.printed import Token, agree, compare_output, tokens

values = st.floats(min_value=1e-12, max_value=1e6, allow_nan=False)
digits = st.integers(min_value=4, max_value=12)


def _figure(text: str) -> Token:
    return next(t for t in tokens(text) if t.value is not None)


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=10**9), st.integers(-12, 6), digits)
def test_prints_of_nearly_equal_values_agree_even_across_a_rounding_boundary(
    lead: int, rest: int, exponent: int, places: int
) -> None:
    unit = 10.0 ** (exponent - places)
    boundary = (lead * 10**places + rest % 10**places + 0.5) * unit  # halfway between two printable figures
    below, above = boundary * (1 - 1e-11), boundary * (1 + 1e-11)
    assert agree(_figure(f"{below:.{places}e}"), _figure(f"{above:.{places}e}")) is True


@given(values, st.sampled_from([1e-5, -1e-5, 3e-3, -0.2]))
def test_a_figure_wrong_at_the_printed_precision_disagrees(value: float, error: float) -> None:
    want = _figure(f"{value:.8e}")
    got = _figure(f"{value * (1 + error):.8e}")
    assert agree(want, got) is False


def test_the_last_digit_of_a_numpy_print_may_round_the_other_way() -> None:
    assert compare_output("[9.30731878e-08]\n", None, "[9.30731879e-08]\n").mismatch is None
    assert compare_output("[9.30731878e-08]\n", None, "[9.30741878e-08]\n").mismatch is not None


def test_an_output_laid_out_like_the_reference_is_blamed_where_it_first_differs() -> None:
    # in order, the wanted count 1 is found in the last line, and the search fails after it
    reference = "Counts\n1 0\nWeights\n0.5 1\n"
    learner = "Counts\n0 0\nWeights\n0.5 1\n"
    mismatch = compare_output(reference, None, learner).mismatch
    assert mismatch is not None
    assert mismatch.message.startswith('printed figure #1 differs: expected 1 (in "1 0"), got 0'), mismatch.message


def test_extra_figures_keep_the_search_in_order() -> None:
    reference = "Counts\n1 0\n"
    learner = "debug 7\nCounts\n1 0\n"
    assert compare_output(reference, None, learner).mismatch is None


def test_a_figure_one_ulp_moves_by_more_than_a_percent_is_printed_but_not_compared() -> None:
    reference = "Error:0.49641003\n[[-89.56678495  10.81130029]]\n"
    one_ulp_off = "Error:0.49641003\n[[-89.56678495  11.9]]\n"  # the reference's own chaos: 10%
    learner = "Error:0.49641003\n[[-89.56678495  10.51313994]]\n"
    assert compare_output(reference, one_ulp_off, learner).mismatch is None
    calm = "Error:0.49641003\n[[-89.56678495  10.81130030]]\n"
    assert compare_output(reference, calm, learner).mismatch is not None
    missing = "Error:0.49641003\n[[-89.56678495]]\n"  # it must still be printed
    assert compare_output(reference, one_ulp_off, missing).mismatch is not None


def test_an_array_with_a_figure_one_ulp_moves_that_far_is_not_compared_whole() -> None:
    reference = "Error:0.49641003\nSynapse 0\n[[-56.06177241  -4.66409332]\n [ 10.81130029  37.02351518]]\n"
    one_ulp_off = "Error:0.49641003\nSynapse 0\n[[-56.06177241  -4.64666615]\n [ 11.2140049   37.02351514]]\n"
    learner = "Error:0.49641003\nSynapse 0\n[[-56.06177241  -4.58044519]\n [ 6.50139235  37.02351504]]\n"
    assert compare_output(reference, one_ulp_off, learner).mismatch is None
    wrong_error = learner.replace("0.49641003", "0.49641103")  # outside brackets: a figure of its own
    assert compare_output(reference, one_ulp_off, wrong_error).mismatch is not None
    calm = reference.replace("11.2140049", "10.81130029")  # no figure of the array moves past 1%
    assert compare_output(reference, calm, learner).mismatch is not None


def test_counts_compare_exactly_unless_one_ulp_moves_the_references_own() -> None:
    reference = "Changes\n[[3. 2.]]\nDone 7\n"
    learner = "Changes\n[[0. 4.]]\nDone 7\n"
    assert compare_output(reference, reference, learner).mismatch is not None
    assert compare_output(reference, "Changes\n[[0. 2.]]\nDone 7\n", learner).mismatch is None
    many, one_more = "Changes 150\n", "Changes 151\n"  # one ulp moves it by less than 1%: it is compared, within that
    assert compare_output(many, one_more, "Changes 151\n").mismatch is None
    assert compare_output(many, one_more, "Changes 153\n").mismatch is not None
