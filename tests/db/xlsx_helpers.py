"""Workbooks written the way Excel writes them, XML part by XML part, for tests of db/formats/xlsx.py.

openpyxl's own writer stores strings inline and formulas without a value;
Excel and WPS use a shared-strings table, store every number as a decimal
(3000 or 4500.0), dates as day numbers with a date style (built-in format 14,
or 31 = yyyy"年"m"月"d"日" in Chinese Excel, whose code is not in the file),
and formulas with their last value. These helpers write exactly that.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

# Style indexes of styles.xml below: 0 General, 1 date (format 14), 2 Chinese date (format 31).
DATE_STYLE, CHINESE_DATE_STYLE = 1, 2


@dataclass(frozen=True)
class Number:
    """A numeric cell as Excel stores it: `text` goes into <v> as is ("3000", "4500.0", "45293")."""

    text: str
    style: int = 0


@dataclass(frozen=True)
class Formula:
    """A formula cell with the value Excel last computed (None: never computed)."""

    formula: str
    cached: str | None


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(reference: str, value: object, strings: list[str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, Number):
        return f'<c r="{reference}" s="{value.style}"><v>{value.text}</v></c>'
    if isinstance(value, Formula):
        cached = "" if value.cached is None else f"<v>{value.cached}</v>"
        return f'<c r="{reference}"><f>{escape(value.formula)}</f>{cached}</c>'
    strings.append(str(value))
    return f'<c r="{reference}" t="s"><v>{len(strings) - 1}</v></c>'


def sheet_xml(rows: dict[int, list[object]], strings: list[str], dimension: str = "") -> str:
    """A worksheet part with `rows` (sheet row number -> cells from column A), adding text to `strings`."""
    body = []
    for number in sorted(rows):
        cells = "".join(_cell(f"{_column(i)}{number}", value, strings) for i, value in enumerate(rows[number]))
        body.append(f'<row r="{number}">{cells}</row>')
    dimension_xml = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{dimension_xml}' \
           f'<sheetData>{"".join(body)}</sheetData></worksheet>'


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
          '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')


def write_excel_workbook(path: Path, rows: dict[int, list[object]], *, dimension: str = "",
                         second_sheet: dict[int, list[object]] | None = None) -> Path:
    """Write a workbook whose first sheet ("职位") holds `rows`; a second sheet ("说明") if given."""
    strings: list[str] = []
    sheets = [sheet_xml(rows, strings, dimension)]
    if second_sheet is not None:
        sheets.append(sheet_xml(second_sheet, strings))
    names = ["职位", "说明"][:len(sheets)]
    shared = "".join(f'<si><t xml:space="preserve">{escape(text)}</t></si>' for text in strings)
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{CT}.worksheet+xml"/>'
                        for i in range(1, len(sheets) + 1))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>{overrides}'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        + "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(names, 1))
        + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                  for i in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId90" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId91" Type="{REL}/styles" Target="styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">{shared}</sst>',
        "xl/styles.xml": STYLES,
    }
    for i, xml in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    return path
