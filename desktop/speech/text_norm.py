"""Spoken forms of numbers, salaries, dates and percentages, in Chinese or English.

espeak-ng reads digits by itself, but not the way a person at a job centre
expects: "3000-5000 元/月" comes out as "three thousand minus five thousand
yuan slash month" in English and "2022-12-03" as a subtraction. So before a
text is split into voice runs it is rewritten into the words a person would
say, in the text's language:

    zh: 3000-5000 元/月 -> 三千到五千元每月;   2022-12-03 -> 二零二二年十二月三日
    en: 3000-5000 元/月 -> 3,000 to 5,000 yuan a month;   2022-12-03 -> 3 December 2022

Pure Python, no Qt: the speech worker process imports it.
"""
from __future__ import annotations

import re

ZH = "zh"
EN = "en"

_DIGITS_ZH = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

# A number as written in job adverts: 3000, 3,000, 12.5 (never a sign: "-" means a range here).
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DATE = re.compile(r"(?<!\d)(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?)(?!\d)")
_RANGE = re.compile(rf"(?<![\d.,])({_NUMBER})\s*(?:-|–|—|~|～|〜|至|到)\s*({_NUMBER})(?![\d,])")
_PERCENT = re.compile(rf"(?<![\d.,])({_NUMBER})\s*[%％]")
_YEAR_ZH = re.compile(r"(?<!\d)(\d{4})(?=\s*年)")
# Phone numbers, ids and zero-led codes are read digit by digit, never as amounts.
_DIGIT_STRING = re.compile(r"(?<![\d.,])(?:0\d{2,}|1[3-9]\d{9}|\d{8,})(?![\d.,])")
_MEASURE = re.compile(r"\s*[个项名位天年周次份间家条种本岁]")
_PLAIN_NUMBER = re.compile(rf"(?<![\d.,])({_NUMBER})(?![\d])")

# "元/月" and friends: per-period amounts.
_PERIODS = {
    "月": ("每月", "a month"), "天": ("每天", "a day"), "日": ("每天", "a day"),
    "小时": ("每小时", "an hour"), "时": ("每小时", "an hour"), "周": ("每周", "a week"),
    "年": ("每年", "a year"),
    "month": ("每月", "a month"), "day": ("每天", "a day"), "hour": ("每小时", "an hour"),
    "week": ("每周", "a week"), "year": ("每年", "a year"),
}
_PER_PERIOD = re.compile(r"\s*/\s*(小时|month|hour|week|year|day|月|天|日|时|周|年)", re.IGNORECASE)
_YUAN = re.compile(r"\s*元")
_AMOUNT = re.compile(rf"(?<![\d.,])({_NUMBER})(?=\s*元)")
# A space around a number in Chinese text is layout, not a pause ("共 50 项"); espeak would break there.
_NUMERAL = "零一二三四五六七八九十百千万亿两点"
_HAN_GAP = re.compile(rf"(?<=[{_NUMERAL}])\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=[{_NUMERAL}])")


def normalise(text: str, language: str) -> str:
    """Rewrite numbers, ranges, dates, percentages and per-period units as words of `language` ("zh" or "en")."""
    english = language == EN
    # Dates first, and kept out of the number rules: "3 December 2022 至 ..." must not become a range.
    pieces: list[str] = []
    done = 0
    for match in _DATE.finditer(text):
        spoken = _date(match, english)
        if spoken is not None:
            pieces += [_normalise_numbers(text[done:match.start()], english), spoken]
            done = match.end()
    pieces.append(_normalise_numbers(text[done:], english))
    joined = "".join(pieces)
    return re.sub(r"\s{2,}", " ", joined).strip() if english else _HAN_GAP.sub("", joined)


def _normalise_numbers(text: str, english: bool) -> str:
    text = _PERCENT.sub(lambda m: (f"{_english_number(m.group(1))} percent" if english
                                   else "百分之" + chinese_number(m.group(1))), text)
    text = _RANGE.sub(lambda m: (f"{_english_number(m.group(1), True)} to {_english_number(m.group(2), True)}"
                                 if english else f"{chinese_number(m.group(1))}到{chinese_number(m.group(2))}"), text)
    if english:
        text = _AMOUNT.sub(lambda m: _english_number(m.group(1), True), text)
        text = _YUAN.sub(" yuan", text)
    text = _PER_PERIOD.sub(lambda m: _period(m, english), text)
    if english:
        text = _DIGIT_STRING.sub(lambda m: " ".join(m.group(0)), text)
        return _PLAIN_NUMBER.sub(lambda m: _english_number(m.group(1)), text)
    text = _YEAR_ZH.sub(lambda m: digits_zh(m.group(1)), text)
    text = _DIGIT_STRING.sub(lambda m: digits_zh(m.group(0)), text)
    return _PLAIN_NUMBER.sub(_chinese_count, text)


def _chinese_count(match: re.Match[str]) -> str:
    words = chinese_number(match.group(1))
    before = match.string[:match.start()].rstrip()
    if words == "二" and _MEASURE.match(match.string, match.end()) and not before.endswith("第"):
        return "两"  # 两个名额, 两年; but 二月, 第二
    return words


def _period(match: re.Match[str], english: bool) -> str:
    zh, en = _PERIODS[match.group(1).lower()]
    return f" {en}" if english else zh


def _date(match: re.Match[str], english: bool) -> str | None:
    year = match.group(1)
    month = int(match.group(2) or match.group(4))
    day = int(match.group(3) or match.group(5))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None  # not a date after all (a code or a range); leave it to the number rules
    if english:
        return f"{day} {_MONTHS_EN[month - 1]} {year}"
    return f"{digits_zh(year)}年{chinese_number(str(month))}月{chinese_number(str(day))}日"


def digits_zh(digits: str) -> str:
    """Read a digit string one digit at a time: "2022" -> "二零二二" (years, phone numbers)."""
    return "".join(_DIGITS_ZH[int(d)] if d.isdigit() else d for d in digits)


def chinese_number(written: str) -> str:
    """The Chinese words for a written number: "3000" -> "三千", "12,500" -> "一万两千五百", "3.5" -> "三点五"."""
    whole, _, fraction = written.replace(",", "").partition(".")
    words = _chinese_integer(int(whole))
    if fraction:
        words += "点" + digits_zh(fraction)
    return words


def _chinese_integer(value: int) -> str:
    if value == 0:
        return "零"
    groups: list[int] = []
    while value:
        groups.append(value % 10_000)
        value //= 10_000
    words = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(words)
            continue
        if words and (need_zero or group < 1000):
            words += "零"
        part = _chinese_group(group, leading=not words)
        if part == "二" and index > 0:
            part = "两"  # 两万, 两亿
        words += part + _BIG_UNITS[index]
        need_zero = False
    return words


def _chinese_group(group: int, *, leading: bool) -> str:
    """Words for 1..9999 within one ten-thousand group ("两千零五", "十二" at the very start)."""
    digits = [group // 1000, group // 100 % 10, group // 10 % 10, group % 10]
    out = ""
    zero_pending = False
    started = False
    for position, digit in enumerate(digits):
        unit = _SMALL_UNITS[3 - position]
        if digit == 0:
            zero_pending = started
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        if digit == 2 and unit == "千":
            out += "两"  # people say 两千, not 二千
        elif digit == 1 and unit == "十" and leading and not started:
            out += ""  # 十二, not 一十二, at the start of a number
        else:
            out += _DIGITS_ZH[digit]
        out += unit
        started = True
    return out


def _english_number(written: str, grouped: bool = False) -> str:
    """Digits espeak reads well in English: thousands separated when the number is large or an amount."""
    if "," in written:
        return written  # already grouped as the writer wanted
    whole, dot, fraction = written.partition(".")
    if grouped or len(whole) > 4:
        whole = f"{int(whole):,}"
    return whole + dot + fraction
