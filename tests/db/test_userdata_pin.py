"""PINs: hashed with scrypt, checked in constant time, slowed then locked after wrong guesses."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from db import pin
from db.applicants import create_applicant, erase_applicant, list_applicants
from db.userdata_errors import InvalidProfile, NotFound, PinLocked, PinTooSoon
from tests.db.userdata_helpers import T0, at, fresh


@pytest.fixture()
def setup(tmp_path: Path):
    conn = fresh(tmp_path)
    applicant = create_applicant(conn, now=T0, display_name="王芳")
    pin.set_pin(conn, applicant, "2468")
    return conn, applicant


def test_pin_is_never_stored_in_clear(setup) -> None:
    conn, applicant = setup
    stored = conn.execute("SELECT pin_hash FROM applicant_pins").fetchone()[0]
    assert "2468" not in stored
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", pin.SCRYPT_N, pin.SCRYPT_R, pin.SCRYPT_P)


def test_same_pin_gets_a_different_salt_each_time() -> None:
    assert pin.hash_pin("1234", n=2**10) != pin.hash_pin("1234", n=2**10)


def test_hash_keeps_its_parameters_so_old_hashes_still_verify() -> None:
    old = pin.hash_pin("1234", n=2**10, r=4)
    assert pin.pin_matches("1234", old)
    assert not pin.pin_matches("1235", old)
    assert not pin.pin_matches("1234", "garbage")


def test_right_pin_is_accepted(setup) -> None:
    conn, applicant = setup
    assert pin.verify_pin(conn, applicant, "2468", now=T0)


@pytest.mark.parametrize("bad", ["12", "abcd", "１２３４", "1234567890123", ""])
def test_pin_must_be_4_to_12_ascii_digits(setup, bad: str) -> None:
    conn, applicant = setup
    with pytest.raises(InvalidProfile):
        pin.set_pin(conn, applicant, bad)


def test_two_wrong_pins_cost_nothing_then_waits_grow(setup) -> None:
    conn, applicant = setup
    assert not pin.verify_pin(conn, applicant, "0000", now=at(0))
    assert not pin.verify_pin(conn, applicant, "0000", now=at(1))
    assert not pin.verify_pin(conn, applicant, "0000", now=at(2))  # third: a 2 s wait begins
    with pytest.raises(PinTooSoon) as waited:
        pin.verify_pin(conn, applicant, "2468", now=at(3))
    assert waited.value.until == at(4)
    assert not pin.verify_pin(conn, applicant, "0000", now=at(4))  # fourth: 4 s
    assert pin.pin_state(conn, applicant, now=at(5)).locked_until == at(8)


def test_fifth_wrong_pin_locks_for_five_minutes_even_for_the_right_pin(setup) -> None:
    conn, applicant = setup
    moment = 0.0
    for _ in range(pin.LOCK_AFTER):
        assert not pin.verify_pin(conn, applicant, "1111", now=at(moment))
        moment += 10
    lock_start = moment - 10
    with pytest.raises(PinLocked) as locked:
        pin.verify_pin(conn, applicant, "2468", now=at(lock_start + 299))
    assert not isinstance(locked.value, PinTooSoon)
    assert locked.value.until == at(lock_start + 300)
    assert pin.verify_pin(conn, applicant, "2468", now=at(lock_start + 300))


def test_lock_doubles_each_time_until_the_right_pin(setup) -> None:
    conn, applicant = setup
    moment = 0.0
    lengths = []
    for _ in range(3):
        for _ in range(pin.LOCK_AFTER):
            pin.verify_pin(conn, applicant, "1111", now=at(moment))
            moment += 10
        until = pin.pin_state(conn, applicant, now=at(moment - 10)).locked_until
        assert until is not None
        lengths.append((until - at(moment - 10)).total_seconds())
        moment = (until - T0).total_seconds()
    assert lengths == [300, 600, 1200]
    assert pin.verify_pin(conn, applicant, "2468", now=at(moment))
    assert pin.pin_state(conn, applicant, now=at(moment)).failed_attempts == 0


def test_attempts_during_a_lock_are_not_counted(setup) -> None:
    conn, applicant = setup
    for i in range(pin.LOCK_AFTER):
        pin.verify_pin(conn, applicant, "1111", now=at(i * 10))
    until = pin.pin_state(conn, applicant, now=at(40)).locked_until
    for i in range(20):
        with pytest.raises(PinLocked):
            pin.verify_pin(conn, applicant, "1111", now=at(41 + i))
    assert pin.pin_state(conn, applicant, now=at(60)).locked_until == until


def test_in_person_reset_clears_lock_and_is_recorded(setup) -> None:
    conn, applicant = setup
    for i in range(pin.LOCK_AFTER):
        pin.verify_pin(conn, applicant, "1111", now=at(i * 10))
    assert pin.pin_state(conn, applicant, now=at(41)).locked_until is not None
    pin.reset_pin_in_person(conn, applicant, "8642", now=at(100))
    state = pin.pin_state(conn, applicant, now=at(101))
    assert state.locked_until is None and state.reset_at == at(100)
    assert pin.verify_pin(conn, applicant, "8642", now=at(101))
    assert not pin.verify_pin(conn, applicant, "2468", now=at(102))


def test_change_pin_needs_the_old_one(setup) -> None:
    conn, applicant = setup
    assert not pin.change_pin(conn, applicant, "0000", "1357", now=at(0))
    assert pin.change_pin(conn, applicant, "2468", "1357", now=at(1))
    assert pin.verify_pin(conn, applicant, "1357", now=at(2))


def test_erasing_the_profile_is_the_other_way_to_lose_a_pin(setup) -> None:
    conn, applicant = setup
    erase_applicant(conn, applicant)
    assert conn.execute("SELECT count(*) FROM applicant_pins").fetchone()[0] == 0
    assert list_applicants(conn) == []
    with pytest.raises(NotFound):
        pin.verify_pin(conn, applicant, "2468", now=T0)


def test_applicant_without_pin(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant = create_applicant(conn, now=T0)
    assert not pin.pin_state(conn, applicant, now=T0).has_pin
    with pytest.raises(NotFound):
        pin.verify_pin(conn, applicant, "1234", now=T0)
    with pytest.raises(NotFound):
        pin.pin_state(conn, 999, now=T0)
    assert pin.pin_state(conn, applicant, now=T0 + timedelta(days=1)).failed_attempts == 0
