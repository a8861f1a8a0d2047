"""Tracking codes: readable alphabet, check character that catches typos, kiosk prefixes."""

from __future__ import annotations

import random

import pytest
from stdnum.iso7064 import mod_37_2

from kiosk_app.core.intake import tracking as t
from kiosk_app.core.intake.text import FieldError

A = t.ALPHABET


def seeded(seed: int):
    rng = random.Random(seed)
    return lambda n: rng.randrange(n)


def sample_codes(n: int = 200) -> list[str]:
    rand = seeded(7)
    prefixes = ["K7M", "222", "YYY", "AB3"]
    return [t.new_code(prefixes[i % len(prefixes)], randbelow=rand) for i in range(n)]


def test_alphabet_avoids_lookalikes_and_has_prime_size():
    assert len(A) == len(set(A)) == 29
    assert not set("01ILOSZ") & set(A)
    assert all(29 % d for d in range(2, 29))


def test_codes_have_the_documented_shape():
    code = t.new_code("K7M")
    assert len(code) == 12 and code.startswith("K7M") and set(code) <= set(A)
    assert t.is_valid(code)
    shown = t.format_code(code)
    assert len(shown) == 14 and shown.count("-") == 2
    assert t.parse_code(shown) == code


def test_every_single_character_substitution_is_detected():
    for code in sample_codes():
        for pos in range(len(code)):
            for ch in A:
                if ch != code[pos]:
                    assert not t.is_valid(code[:pos] + ch + code[pos + 1:]), (code, pos, ch)


def test_every_adjacent_and_jump_transposition_is_detected():
    for code in sample_codes():
        for gap in (1, 2):
            for pos in range(len(code) - gap):
                a, b = code[pos], code[pos + gap]
                if a == b:
                    continue
                swapped = list(code)
                swapped[pos], swapped[pos + gap] = b, a
                assert not t.is_valid("".join(swapped)), (code, pos, gap)


def test_detection_holds_for_every_code_by_linearity():
    # MOD 29-2 is a weighted sum: a change at position i by delta d shifts the sum by
    # w_i * d, and a swap of positions i, j by (w_i - w_j) * (x - y). Both are nonzero
    # mod 29 for all deltas and all position pairs of a 12-character code, so no code
    # at all has an undetected single error or transposition.
    n = t.CODE_LEN
    weights = [pow(2, n - 1 - i, 29) for i in range(n)]
    assert all(w % 29 for w in weights)
    for d in range(1, 29):
        assert all(w * d % 29 for w in weights)
    for i in range(n):
        for j in range(i + 1, n):
            for d in range(1, 29):
                assert (weights[i] - weights[j]) * d % 29
    # the weights really are those of stdnum's mod_37_2 with our alphabet
    base = "2" * n
    for i in range(n):
        bumped = base[:i] + A[1] + base[i + 1:]
        assert (mod_37_2.checksum(bumped, A) - mod_37_2.checksum(base, A)) % 29 == weights[i]


def test_typing_is_forgiving():
    code = sample_codes(1)[0]
    shown = t.format_code(code)
    full = "".join(chr(ord(c) + 0xFEE0) if c != "-" else "－" for c in shown.lower())
    assert t.parse_code(full) == code
    assert t.parse_code(" " + shown.replace("-", " ") + " ") == code
    five = next(c for c in sample_codes() if "5" in c)
    assert t.parse_code(five.replace("5", "S")) == five


@pytest.mark.parametrize("typed, code", [
    ("", "required"), ("K7M0-QXR4-TPWB", "bad_char"), ("K7MI-QXR4-TPWB", "bad_char"),
    ("K7M9-QXR4-TPW", "length"), ("K7M9-QXR4-TPW#", "bad_char"),
])
def test_parse_errors(typed, code):
    with pytest.raises(FieldError) as info:
        t.parse_code(typed)
    assert info.value.code == code and info.value.zh


def test_a_typo_gives_the_checksum_message():
    code = sample_codes(1)[0]
    typo = code[:5] + (A[0] if code[5] != A[0] else A[1]) + code[6:]
    with pytest.raises(FieldError) as info:
        t.parse_code(typo)
    assert info.value.code == "checksum"
    assert info.value.zh == "查询码有误，请对照回执逐位核对"


def test_codes_are_random_and_prefixes_keep_kiosks_apart():
    a = {t.new_code("AAA") for _ in range(5000)}
    b = {t.new_code("AAB") for _ in range(5000)}
    assert len(a) == len(b) == 5000 and not a & b
    # no position of the random part is constant
    for pos in range(3, 11):
        assert len({c[pos] for c in a}) == 29


@pytest.mark.parametrize("prefix", ["", "K7", "K7MM", "K0M", "k7m", None])
def test_bad_prefixes(prefix):
    with pytest.raises(t.TrackingError):
        t.new_code(prefix)


def test_idempotency_keys_are_unique():
    keys = {t.new_idempotency_key() for _ in range(1000)}
    assert len(keys) == 1000 and all(len(k) == 32 for k in keys)
