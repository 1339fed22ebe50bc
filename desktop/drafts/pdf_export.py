"""Draw a printout (desktop.drafts.print_layout) as PDF: applications in normal and large print, and the
应聘信息登记表 form.

What goes on the page is decided in print_layout; this module only draws it.
The text uses Noto Sans CJK SC (package fonts-noto-cjk) so Chinese and English
print alike. Every page carries its number ("Page 2 of 3"), since a large-print
letter runs over several pages.
"""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from db.applicants import Profile
from db.drafts import Draft
from desktop.drafts.print_layout import (BOX, FIELD, FORM_TITLE, GAP, HEADING, LARGE_PT, NORMAL_PT, ROW, SIGNATURE,
                                         TEXT, TITLE, Block, Labels, Layout, application_layout,
                                         registration_form_layout)

__all__ = ["FontMissing", "Labels", "LARGE_PT", "NORMAL_PT", "application_pdf", "registration_form_pdf", "render"]

FONT_CANDIDATES = (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
                   Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"))
SC_INDEX = 2  # "Noto Sans CJK SC" in the collection
LINE = 0.55  # mm of line height per point of font size: about 1.5 line spacing
# Chinese typesetting (kinsoku): these never start a line, and these never end one.
NO_LINE_START = "，。、；：？！）」』】》〉”’…—·,.;:?!)]}%"
NO_LINE_END = "（「『【《〈“‘([{"


class FontMissing(RuntimeError):
    """No CJK font to print with (install fonts-noto-cjk)."""


class _Pdf(FPDF):
    """A4 with the CJK font and a page number at the foot of every page."""

    def __init__(self, layout: Layout) -> None:
        super().__init__(format="A4")
        font = next((path for path in FONT_CANDIDATES if path.exists()), None)
        if font is None:
            raise FontMissing(str(FONT_CANDIDATES[0]))
        self.layout = layout
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(True, margin=18)
        self.add_font("cjk", "", str(font), collection_font_number=SC_INDEX)
        self.set_font("cjk", size=layout.size)
        self.add_page()

    def footer(self) -> None:  # fpdf2 override: called at the end of each page
        size = self.font_size_pt
        self.set_y(-12)
        self.set_font_size(min(self.layout.size, 14))
        text = self.layout.page_label.replace("%1", str(self.page_no())).replace("%2", self.alias_nb_pages_text())
        self.cell(0, 6, text, align="C")
        self.set_font_size(size)

    def alias_nb_pages_text(self) -> str:
        """The placeholder fpdf2 replaces by the page count when the document is closed."""
        return self.str_alias_nb_pages


def _is_cjk(char: str) -> bool:
    return char >= "\u2e80"  # CJK scripts and full-width punctuation: a line may break beside them


def _lines(pdf: FPDF, text: str, width: float) -> list[str]:
    """Break `text` into lines that fit `width`: between words in Latin text, between any two characters in
    Chinese (also where Chinese meets Latin without a space), never starting a line with a closing mark
    (，。）) nor ending one with an opening mark (（“)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        rest = paragraph
        if not rest.strip():
            lines.append("")
            continue
        while rest:
            by_word = pdf.multi_cell(width, 5, rest, dry_run=True, output="LINES", align="L")[0]
            by_char = pdf.multi_cell(width, 5, rest, dry_run=True, output="LINES", align="L", wrapmode="CHAR")[0]
            # fpdf2 sees "applying.我会认真…" as one long word; Chinese may break beside any of its characters.
            end = len(by_char)
            while end > len(by_word) and end < len(rest) and not (_is_cjk(rest[end - 1]) or _is_cjk(rest[end])):
                end -= 1
            line = rest[:end] if end > len(by_word) else by_word or rest[:1]
            if len(line) < len(rest) and not rest[len(line)].isspace():
                # A break inside a run of characters: keep punctuation with the character it belongs to.
                while len(line) > 1 and (rest[len(line)] in NO_LINE_START or line[-1] in NO_LINE_END):
                    line = line[:-1]
            lines.append(line)
            rest = rest[len(line):].lstrip(" ")
    return lines


def _text(pdf: FPDF, text: str, height: float, *, border: str = "", indent: float = 0) -> None:
    """Running text across the page (or inside a box's side borders), page breaks as needed."""
    width = pdf.epw - 2 * indent
    for line in _lines(pdf, text, width):
        if border:
            pdf.set_x(pdf.l_margin)
            pdf.cell(indent, height, "", border="L")
            pdf.cell(width, height, line)
            pdf.cell(indent, height, "", border="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(width, height, line, new_x="LMARGIN", new_y="NEXT")


def _rows(pdf: FPDF, rows: list[Block]) -> None:
    """The form's two-column grid: label on the left, the applicant's entry (or room for staff) on the right."""
    width = pdf.epw
    label_w = width * 0.3
    line = pdf.layout.size * LINE  # type: ignore[attr-defined]
    with pdf.table(col_widths=(label_w, width - label_w), first_row_as_headings=False, line_height=line,
                   text_align="LEFT", padding=(0.5, 2), v_align="MIDDLE") as table:
        for block in rows:
            table.row((block.label, block.text or " "))


def _signatures(pdf: FPDF, blocks: list[Block]) -> None:
    """Lines to sign and date on, side by side, kept together on one page."""
    line = pdf.layout.size * LINE  # type: ignore[attr-defined]
    if pdf.will_page_break(line * 3):
        pdf.add_page()
    pdf.ln(line)
    width = pdf.epw / len(blocks)
    for block in blocks:
        pdf.cell(width, line * 1.5, f"{block.label}: " + "_" * 16)
    pdf.ln(line * 1.5)


def _box(pdf: FPDF, block: Block) -> None:
    """A titled box with running text (the letter, an answer) that continues over page breaks."""
    line = pdf.layout.size * LINE  # type: ignore[attr-defined]
    pdf.ln(line / 2)
    pdf.cell(pdf.epw, 2, "", border="LTR", new_x="LMARGIN", new_y="NEXT")
    _text(pdf, block.label, line, border="LR", indent=2)
    _text(pdf, block.text or "\n\n", line, border="LR", indent=2)
    pdf.cell(pdf.epw, 2, "", border="LRB", new_x="LMARGIN", new_y="NEXT")


def render(layout: Layout, path: Path) -> Path:
    """Draw `layout` into a PDF file at `path`."""
    pdf = _Pdf(layout)
    size = layout.size
    line = size * LINE
    blocks = list(layout.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.style in (ROW, SIGNATURE):  # runs of these are drawn together: a grid, a line of signatures
            j = i
            while j < len(blocks) and blocks[j].style == block.style:
                j += 1
            (_rows if block.style == ROW else _signatures)(pdf, blocks[i:j])
            i = j
            continue
        if block.style == GAP:
            pdf.ln(line / 2)
        elif block.style in (TITLE, HEADING):
            scale = 1.4 if block.style == TITLE else 1.2
            pdf.set_font_size(size * scale)
            _text(pdf, block.text, line * scale)
            pdf.set_font_size(size)
        elif block.style == FORM_TITLE:
            pdf.set_font_size(size * 1.5)
            pdf.cell(0, line * 1.6, block.text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font_size(size)
        elif block.style == FIELD:
            _text(pdf, f"{block.label}: {block.text}", line)
        elif block.style == TEXT:
            _text(pdf, block.text or " ", line)
        elif block.style == BOX:
            _box(pdf, block)
        i += 1
    pdf.output(str(path))
    return path


def application_pdf(path: Path, profile: Profile, draft: Draft, labels: Labels, *, language: str,
                    large_print: bool = False) -> Path:
    """Write a printable application (see print_layout.application_layout)."""
    return render(application_layout(profile, draft, labels, language=language, large_print=large_print), path)


def registration_form_pdf(path: Path, profile: Profile, draft: Draft, labels: Labels, *, language: str) -> Path:
    """Write the 应聘信息登记表 (see print_layout.registration_form_layout)."""
    return render(registration_form_layout(profile, draft, labels, language=language), path)
