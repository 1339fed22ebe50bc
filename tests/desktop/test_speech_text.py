"""Spoken forms (text_norm) and voice runs (script_runs): what the engine is fed, table-driven."""
from __future__ import annotations

import pytest

from desktop.speech.script_runs import Run, chunk_runs, prepare, split_runs, text_language
from desktop.speech.text_norm import chinese_number, digits_zh, normalise


@pytest.mark.parametrize(("written", "spoken"), [
    ("0", "零"), ("2", "二"), ("10", "十"), ("12", "十二"), ("20", "二十"), ("105", "一百零五"),
    ("2000", "两千"), ("2500", "两千五百"), ("3000", "三千"), ("10500", "一万零五百"),
    ("12000", "一万两千"), ("20000", "两万"), ("57,300", "五万七千三百"), ("100010", "十万零一十"),
    ("120000000", "一亿两千万"), ("3.5", "三点五"),
])
def test_chinese_numbers_read_as_people_say_them(written: str, spoken: str) -> None:
    assert chinese_number(written) == spoken


@pytest.mark.parametrize(("text", "zh", "en"), [
    ("3000-5000 元/月", "三千到五千元每月", "3,000 to 5,000 yuan a month"),
    ("3000～5000元/月", "三千到五千元每月", "3,000 to 5,000 yuan a month"),
    ("1500元/月", "一千五百元每月", "1,500 yuan a month"),
    ("150 元/天", "一百五十元每天", "150 yuan a day"),
    ("25元/小时", "二十五元每小时", "25 yuan an hour"),
    ("2022-12-03", "二零二二年十二月三日", "3 December 2022"),
    ("2022年12月3日", "二零二二年十二月三日", "3 December 2022"),
    ("2024/1/15", "二零二四年一月十五日", "15 January 2024"),
    ("85%", "百分之八十五", "85 percent"),
    ("12.5%", "百分之十二点五", "12.5 percent"),
    ("第 3 项, 共 50 项", "第三项, 共五十项", "第 3 项, 共 50 项"),
    ("找到 57,300 个职位", "找到五万七千三百个职位", "找到 57,300 个职位"),
    ("电话 13812345678", "电话一三八一二三四五六七八", "电话 1 3 8 1 2 3 4 5 6 7 8"),
    ("2024年招聘", "二零二四年招聘", "2024年招聘"),
    ("Found 57300 positions", "Found 五万七千三百 positions", "Found 57,300 positions"),
    ("2022-12-03 至 2023-01-31", "二零二二年十二月三日 至二零二三年一月三十一日",
     "3 December 2022 至 31 January 2023"),
    ("2 个名额, 第 2 项, 2月", "两个名额, 第二项, 二月", "2 个名额, 第 2 项, 2月"),
])
def test_numbers_dates_salaries_and_percentages_in_each_language(text: str, zh: str, en: str) -> None:
    assert normalise(text, "zh") == zh
    assert normalise(text, "en") == en


@pytest.mark.parametrize(("text", "hint", "language"), [
    ("客服专员", "en", "zh"), ("Customer service", "zh", "en"), ("Python 开发工程师", "en", "zh"),
    ("Senior Python developer 北京", "zh", "en"), ("3000", "en", "en"), ("3000", "zh", "zh"),
])
def test_text_language_is_the_script_of_most_of_the_text(text: str, hint: str, language: str) -> None:
    assert text_language(text, hint) == language


def test_mixed_text_is_split_into_runs_by_script_with_punctuation_kept_in_place() -> None:
    assert split_runs("Python 开发工程师, Java 也行。") == [
        Run("en", "Python"), Run("zh", "开发工程师,"), Run("en", "Java"), Run("zh", "也行。")]


def test_text_of_punctuation_only_gives_nothing_to_say() -> None:
    assert split_runs("……  —— !") == []
    assert prepare("……") == []


def test_sentences_become_chunks_but_decimals_stay_whole() -> None:
    chunks = chunk_runs([Run("en", "Salary 3.5 thousand. Starts Monday! Apply now")])
    assert [c.text for c in chunks] == ["Salary 3.5 thousand.", "Starts Monday!", "Apply now"]
    assert [c.text for c in chunk_runs([Run("zh", "你好。欢迎使用！")])] == ["你好。", "欢迎使用！"]


def test_a_long_sentence_is_also_cut_at_commas_so_sound_starts_early() -> None:
    sentence = "，".join(["客服专员负责接听电话并记录客户问题"] * 5) + "。"
    chunks = chunk_runs([Run("zh", sentence)])
    assert len(chunks) == 5
    assert "".join(c.text for c in chunks) == sentence


def test_prepare_reads_a_result_summary_in_chinese_with_english_names_in_english() -> None:
    assert prepare("客服专员, 鲁王钓具, 淄博, 居家办公, 4 个名额, 3000-5000 元/月") == [
        Run("zh", "客服专员, 鲁王钓具, 淄博, 居家办公, 四个名额, 三千到五千元每月")]
    assert prepare("Python 工程师, 2 个名额") == [Run("en", "Python"), Run("zh", "工程师, 两个名额")]


def test_digit_strings_are_read_one_digit_at_a_time() -> None:
    assert digits_zh("2022") == "二零二二"
