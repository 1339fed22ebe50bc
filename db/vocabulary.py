"""The catalogue's controlled vocabularies, each with Chinese and English names.

These names are data (they are indexed for search and shown as field values),
so they live here rather than in Qt translation files. Each list is
append-only: a term's position is its bit in the catalogue's bitmask columns,
so reordering would silently change every stored position.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One value of a controlled vocabulary."""

    code: str
    zh: str
    en: str

    def name(self, language: str) -> str:
        """The term's name in `language` ("zh" or "en")."""
        return self.zh if language.startswith("zh") else self.en


def _terms(*rows: tuple[str, str, str]) -> tuple[Term, ...]:
    return tuple(Term(*row) for row in rows)


CATEGORIES = _terms(
    ("livestream_host", "主播", "Livestream host"),
    ("operations", "运营", "Operations"),
    ("customer_service", "客服", "Customer service"),
    ("promotion", "推广", "Promotion"),
    ("web_editor", "网站编辑", "Website editor"),
    ("logistics", "物流管理", "Logistics management"),
    ("designer", "设计师", "Designer"),
    ("pastry_chef", "面点师", "Pastry chef"),
    ("packer", "包装工", "Packer"),
    ("content_reviewer", "内容审核", "Content reviewer"),
    ("graphic_artist", "美工", "Graphic artist"),
    ("data_labelling", "数据标注", "Data labelling"),
    ("warehouse", "仓储", "Warehouse"),
    ("assembler", "装配工", "Assembler"),
    ("quality_inspector", "质检员", "Quality inspector"),
    ("delivery_rider", "配送骑手", "Delivery rider"),
    ("product_photographer", "产品摄影", "Product photographer"),
    ("copywriter", "文案", "Copywriter"),
)

DISABILITIES = _terms(  # the seven categories of the Chinese classification
    ("vision", "视力残疾", "Vision"),
    ("hearing", "听力残疾", "Hearing"),
    ("speech", "言语残疾", "Speech"),
    ("physical", "肢体残疾", "Physical"),
    ("intellectual", "智力残疾", "Intellectual"),
    ("psychosocial", "精神残疾", "Psychosocial"),
    ("multiple", "多重残疾", "Multiple"),
)

ACCOMMODATIONS = _terms(
    ("wheelchair_access", "无障碍通道", "Wheelchair access"),
    ("sign_language", "手语支持", "Sign-language support"),
    ("screen_reader_tools", "读屏兼容的工作软件", "Screen-reader-compatible work tools"),
    ("flexible_hours", "弹性工作时间", "Flexible hours"),
    ("remote_interview", "远程面试", "Remote interview"),
    ("accessible_toilet", "无障碍卫生间", "Accessible toilet"),
    ("adjusted_workstation", "可调节工位", "Adjusted workstation"),
    ("large_print", "大字材料", "Large-print materials"),
    ("quiet_workspace", "安静的工作环境", "Quiet workspace"),
    ("job_coach", "就业辅导员", "Job coach"),
    ("transport", "交通接送", "Transport provided"),
    ("text_communication", "文字沟通", "Text-based communication"),
)

INTERVIEW_CHANNELS = _terms(
    ("text", "文字面试", "Text chat"),
    ("video", "视频面试", "Video call"),
    ("in_person", "现场面试", "In person"),
    ("sign_language_interpreter", "手语翻译陪同", "With a sign-language interpreter"),
    ("phone", "电话面试", "Phone"),
)

WORK_MODES = _terms(
    ("on_site", "现场办公", "On-site"),
    ("home_based", "居家办公", "Home-based"),
    ("hybrid", "集中+居家", "Centralised + home-based"),
)

EMPLOYMENT_TYPES = _terms(  # schema.org employmentType values
    ("full_time", "全职", "Full-time"),
    ("part_time", "兼职", "Part-time"),
    ("contractor", "劳务合同", "Contractor"),
    ("temporary", "临时", "Temporary"),
    ("intern", "实习", "Internship"),
    ("other", "其他", "Other"),
)

SALARY_UNITS = _terms(
    ("month", "元/月", "yuan/month"),
    ("day", "元/天", "yuan/day"),
    ("hour", "元/小时", "yuan/hour"),
    ("week", "元/周", "yuan/week"),
    ("year", "元/年", "yuan/year"),
    ("piece", "元/件", "yuan/piece"),
)

APPLY_CHANNELS = _terms(
    ("cdpf_platform", "中国残疾人就业创业网络服务平台", "China disabled persons' employment platform"),
    ("taobao", "淘宝搜索“助残逐梦”", "Taobao: search 助残逐梦"),
    ("alipay", "支付宝首页招聘入口", "Alipay home page recruitment entry"),
    ("phone", "电话", "Phone"),
    ("email", "电子邮件", "Email"),
    ("in_person", "现场报名", "In person"),
    ("service_centre", "残疾人就业服务中心", "Disability employment service centre"),
)

SOURCES = _terms(
    ("campaign", "助残逐梦活动", "Campaign employer"),
    ("sample", "示例数据", "Sample data"),
    ("import", "导入", "Imported"),
)

# Monthly equivalents so salaries of different units can be compared and sorted.
MONTHLY_FACTOR = {"month": 1.0, "day": 21.75, "hour": 174.0, "week": 4.35, "year": 1 / 12, "piece": None}


def codes(vocabulary: tuple[Term, ...]) -> tuple[str, ...]:
    """The codes of a vocabulary, in bit order."""
    return tuple(term.code for term in vocabulary)


def by_code(vocabulary: tuple[Term, ...]) -> dict[str, Term]:
    """A code -> term mapping of a vocabulary."""
    return {term.code: term for term in vocabulary}


@functools.cache
def _bits(vocabulary: tuple[Term, ...]) -> dict[str, int]:
    # Vocabularies are immutable tuples, so each bit table is built once (to_mask runs per row on import).
    return {term.code: 1 << bit for bit, term in enumerate(vocabulary)}


def to_mask(vocabulary: tuple[Term, ...], values: tuple[str, ...] | list[str]) -> int:
    """A bitmask of `values` (codes) in `vocabulary`; unknown codes raise KeyError."""
    bits = _bits(vocabulary)
    mask = 0
    for value in values:
        mask |= bits[value]
    return mask


def from_mask(vocabulary: tuple[Term, ...], mask: int) -> tuple[str, ...]:
    """The codes whose bits are set in `mask`, in vocabulary order."""
    return tuple(term.code for bit, term in enumerate(vocabulary) if mask >> bit & 1)


def lookup(vocabulary: tuple[Term, ...], value: str) -> str | None:
    """The code for `value` given as a code, a Chinese or an English name (case-insensitive)."""
    needle = value.strip().casefold()
    for term in vocabulary:
        if needle in (term.code, term.zh.casefold(), term.en.casefold()):
            return term.code
    return None
