"""Pinyin to Chinese characters, modestly, for the on-screen keyboard.

The reverse table comes from pypinyin's character dictionary (no tones:
"ke" finds 客, 可, 科 ...), limited to the GB2312 set so that rare
characters do not crowd the candidate row. Candidates are ordered by a short
list of very common characters (and words this app's users need: 客服, 招聘,
残疾 ...), then by GB2312 level (level 1 holds the 3,755 most used characters).
Several syllables can be typed at once ("kefu"): a bundled job word that
fits (客服) is offered first, then the first syllable's characters; picking
a character leaves "fu" for the next choice.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# Most frequent characters first (a general frequency list, then this app's
# job words); only their order matters, duplicates are ignored.
_COMMON = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道"
    "行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日者意无"
    "力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体政美相见被利什二等"
    "产或新己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几"
    "口认条平系气题活更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指许统区"
    "保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死"
    "张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往"
    "元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花华城石级整府离况请技际"
    "约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧李标谈吃图"
    "念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维划敢母细客户招聘"
    "岗残疾培训薪酬居网络营播售销填写简历申请聋盲肢体智力言语视力听力辅助"
)


# Words people at a job kiosk type most, offered whole when their pinyin is typed ("kefu" -> 客服).
PHRASES = (
    "客服", "招聘", "工作", "求职", "残疾", "残疾人", "培训", "居家", "居家办公", "远程", "主播", "直播", "带货",
    "运营", "设计", "设计师", "包装", "审核", "电商", "网店", "店铺", "淘宝", "薪资", "工资", "简历", "专员", "助理",
    "文案", "美工", "剪辑", "编辑", "数据", "标注", "录入", "销售", "售后", "财务", "会计", "仓库", "快递", "手语",
    "盲人", "聋人", "视力", "听力", "肢体", "轮椅", "无障碍", "北京", "上海", "广州", "深圳", "杭州", "淄博", "衢州",
)


def _toneless(syllable: str) -> str:
    text = unicodedata.normalize("NFD", syllable.strip().lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("u\u0308", "v").replace("ü", "v")


def _gb2312_level(char: str) -> int | None:
    try:
        first = char.encode("gb2312")[0]
    except UnicodeEncodeError:
        return None
    return 1 if first < 0xD8 else 2


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    """toneless syllable -> characters, most common first. Built once (~0.2 s)."""
    from pypinyin.pinyin_dict import pinyin_dict

    common = {ch: rank for rank, ch in reversed(list(enumerate(_COMMON)))}
    table: dict[str, list[tuple[int, int, str]]] = {}
    for code, readings in pinyin_dict.items():
        char = chr(code)
        level = _gb2312_level(char)
        if level is None:
            continue
        rank = common.get(char, len(_COMMON) + level * 10000)
        primary = _toneless(readings.split(",")[0])
        for reading in {_toneless(r) for r in readings.split(",") if r}:
            # A rare second reading (不 as fou, 还 as fu) must not push the usual characters aside.
            penalty = 0 if reading == primary else 50000
            table.setdefault(reading, []).append((rank + penalty, code, char))
    return {syllable: tuple(ch for _, _, ch in sorted(entries)) for syllable, entries in table.items()}


def syllables() -> frozenset[str]:
    """Every toneless syllable the table knows."""
    return frozenset(_table())


def split_first(buffer: str) -> tuple[str, str]:
    """The longest known syllable at the start of `buffer`, and the rest ("kefu" -> ("ke", "fu")).

    An unknown start (a lone consonant such as "k") comes back whole, as a prefix.
    """
    buffer = buffer.lower()
    table = _table()
    for end in range(min(6, len(buffer)), 0, -1):
        if buffer[:end] in table:
            return buffer[:end], buffer[end:]
    return buffer, ""


@lru_cache(maxsize=1)
def _phrase_table() -> tuple[tuple[str, str], ...]:
    """(joined toneless pinyin, phrase) for PHRASES, from pypinyin (it knows 重 in 重庆 from 重要)."""
    from pypinyin import lazy_pinyin

    return tuple(("".join(lazy_pinyin(phrase, v_to_u=False)), phrase) for phrase in PHRASES)


def phrase_pinyin(phrase: str) -> str:
    """The joined toneless pinyin of a bundled phrase ("" when it is not one)."""
    return next((reading for reading, known in _phrase_table() if known == phrase), "")


def phrases(buffer: str) -> list[str]:
    """Whole words for `buffer`: exact pinyin first, then words it begins (from three letters on)."""
    buffer = buffer.lower()
    exact = [phrase for reading, phrase in _phrase_table() if reading == buffer]
    started = [phrase for reading, phrase in _phrase_table()
               if len(buffer) >= 3 and reading.startswith(buffer) and reading != buffer]
    return exact + started


def candidates(buffer: str, limit: int = 40) -> list[str]:
    """Characters for the first syllable of `buffer`; for an incomplete one, characters of syllables starting so."""
    if not buffer:
        return []
    words = phrases(buffer)
    first, _ = split_first(buffer)
    table = _table()
    if first in table:
        found = list(table[first])
    else:
        found = sorted({ch for syllable, chars in table.items() if syllable.startswith(first) for ch in chars[:6]},
                       key=lambda ch: (_COMMON.find(ch) if ch in _COMMON else len(_COMMON), ord(ch)))
    return (words + [char for char in found if char not in words])[:limit]
