"""eval/interrupts.py: Ctrl-C inside a deferred section is kept and raised when the section ends."""
import pytest

from eval import interrupts


def test_outside_a_section_the_handler_raises_at_once():
    assert interrupts.defer() is False


def test_inside_a_section_the_interrupt_waits_for_its_end():
    ran_to_the_end = []
    with pytest.raises(KeyboardInterrupt):
        with interrupts.deferred():
            assert interrupts.defer() is True
            ran_to_the_end.append(True)
    assert ran_to_the_end == [True]
    assert interrupts.defer() is False  # nothing left pending


def test_nested_sections_raise_once_at_the_outer_end():
    with pytest.raises(KeyboardInterrupt):
        with interrupts.deferred():
            with interrupts.deferred():
                assert interrupts.defer() is True
            outer_still_running = True
    assert outer_still_running


def test_a_section_without_an_interrupt_ends_quietly():
    with interrupts.deferred():
        pass
