"""The validation rules' messages in English and Simplified Chinese (core has no Qt translator;
the CLI and the app both show these, in the user's language)."""

from __future__ import annotations

RULES: dict[str, tuple[str, str]] = {
    "missing_file": ("the file or sheet is missing", "缺少该文件或工作表"),
    "not_utf8": ("the text is not UTF-8 encoded", "文本不是 UTF-8 编码"),
    "malformed_csv": ("the CSV text is malformed ({detail})", "CSV 文本格式错误（{detail}）"),
    "bad_header": ("the header row must be: {expected}", "表头必须为：{expected}"),
    "field_count": ("the row has {found} cells, expected {expected}",
                    "该行有 {found} 个单元格，应为 {expected} 个"),
    "formula": ("a formula is not accepted; type the value itself",
                "不接受公式，请直接填写数值"),
    "required": ("a value is required", "此项必填"),
    "type_int": ("must be a whole number", "必须为整数"),
    "type_float": ("must be a number", "必须为数字"),
    "enum": ("must be one of: {allowed}", "必须为以下之一：{allowed}"),
    "duplicate_key": ("the id is used twice (also on row {other})", "编号重复（另见第 {other} 行）"),
    "foreign_key": ("no such id in {table}", "{table} 中不存在该编号"),
    "metric_units": ("metric {metric} already uses unit {unit}", "指标 {metric} 已使用单位 {unit}"),
    "both_labels": ("the English and the Chinese text go together ({other} is empty)",
                    "英文与中文须同时填写（{other} 为空）"),
    "usd_needs_yuan": ("a US-dollar amount needs a yuan unit", "美元折算须配合人民币单位"),
    "usd_rate": ("the implied rate is {rate} yuan per US$, outside 5–9: check the amounts",
                 "隐含汇率为每美元 {rate} 元，超出 5–9 的范围，请核对金额"),
    "paragraph_range": ("the article has {count} paragraphs", "该文章共有 {count} 段"),
    "article_missing": ("the article text of this source is missing",
                        "缺少该来源的文章全文"),
    "seed_file_name": ("must be a plain file name ending in .txt (letters, digits, _ - .)",
                       "必须为以 .txt 结尾的简单文件名（字母、数字、_ - .）"),
    "provenance": ("the number {number} is not written in {cite}; "
                   "add a note \"checked by hand: …\" if you checked it",
                   "{cite} 中找不到数字 {number}；"
                   "如已人工核对，请添加“checked by hand: …”说明"),
    "value_bounds": ("{number} {unit_en} cannot be right: a figure in this unit lies between {low} and "
                     "{high}; check the number",
                     "{number} {unit_zh} 不可能正确：该单位的数值应在 {low} 到 {high} 之间，请核对数字"),
    "hand_checked": ("not found in the cited paragraph; accepted by the note \"{note}\"",
                     "在引用段落中未找到；已凭说明“{note}”接受"),
    "hand_check_note": ("the note must start with \"checked by hand:\" and say what was checked",
                        "说明必须以“checked by hand:”开头并写明核对内容"),
    "qualifier_word": ("the paragraph does not use a word for \"{qualifier}\"",
                       "该段未出现表示“{qualifier}”的措辞"),
    "glyph_missing": ("the character “{char}” ({code}) is in no bundled font: on a laptop without an "
                      "installed font that has it, it shows as an empty box (in exports too)",
                      "内置字体中没有字符“{char}”（{code}）：在未安装含该字符字体的电脑上，它将显示为空框"
                      "（导出文件中亦然）"),
    "glyph_missing_paragraph": ("paragraph {paragraph}: the character “{char}” ({code}) is in no "
                                "bundled font: it would show as an empty box",
                                "第 {paragraph} 段：内置字体中没有字符“{char}”（{code}），将显示为空框"),
    "actual_relation": ("the actual figure and its relation go together; relation is same or related",
                        "实际值与关系须同时填写；关系为 same 或 related"),
    "data_date": ("the data date must be written YYYY-MM-DD", "数据日期须写作 YYYY-MM-DD"),
    "no_figures": ("the edition has no figures", "该版本没有任何数据"),
    "build_check": ("the database builder refused the data: {detail}", "数据库构建程序拒绝了该数据：{detail}"),
}

WORDS = {
    "en": {"error": "Error", "warning": "Warning", "row": "row", "column": "column",
           "value": "value", "file": "file"},
    "zh": {"error": "错误", "warning": "警告", "row": "第{n}行", "column": "列",
           "value": "值", "file": "文件"},
}


def rule_text(rule: str, params: dict, lang: str = "en") -> str:
    en, zh = RULES.get(rule, (rule, rule))
    template = zh if lang == "zh" else en
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


REJECTIONS: dict[str, tuple[str, str]] = {
    "too_big": ("{name} is too large ({size}); the limit is {limit}.",
                "{name} 过大（{size}），上限为 {limit}。"),
    "not_a_zip": ("{name} is not an edition pack or workbook (it is not a ZIP file, or it is damaged).",
                  "{name} 不是版本包或工作簿（不是 ZIP 文件或已损坏）。"),
    "unsafe_path": ("{name} is refused: it contains an unsafe file path ({entry}).",
                    "{name} 被拒绝：其中包含不安全的文件路径（{entry}）。"),
    "symlink": ("{name} is refused: it contains a symbolic link ({entry}).",
                "{name} 被拒绝：其中包含符号链接（{entry}）。"),
    "duplicate_entry": ("{name} is refused: the entry {entry} appears twice.",
                        "{name} 被拒绝：条目 {entry} 出现了两次。"),
    "zip_bomb": ("{name} is refused: it would unpack to more than {limit} (a ZIP bomb?).",
                 "{name} 被拒绝：解压后将超过 {limit}（疑似 ZIP 炸弹）。"),
    "encrypted": ("{name} is refused: it is password-protected.", "{name} 被拒绝：文件有密码保护。"),
    "no_descriptor": ("{name} has no datapackage.json: it is not an edition pack.",
                      "{name} 中没有 datapackage.json，不是版本包。"),
    "bad_descriptor": ("{name}: datapackage.json cannot be read ({detail}).",
                       "{name}：无法读取 datapackage.json（{detail}）。"),
    "checksum": ("{name}: {entry} does not match its checksum; the pack is damaged or was altered.",
                 "{name}：{entry} 与校验值不符，版本包已损坏或被改动。"),
    "newer_schema": ("{name} was made by a newer version of the app (data schema {found}; this "
                     "version reads {supported} and older). Update the app first.",
                     "{name} 由更新版本的应用制作（数据结构版本 {found}，本版本最高支持 {supported}）。"
                     "请先更新应用。"),
    "macros": ("{name} is refused: workbooks with macros are not accepted. Save it as .xlsx.",
               "{name} 被拒绝：不接受含宏的工作簿，请另存为 .xlsx。"),
    "not_a_workbook": ("{name} cannot be read as an Excel workbook ({detail}).",
                       "无法将 {name} 作为 Excel 工作簿读取（{detail}）。"),
    "file_type": ("{name}: use an edition pack (.etown) or an Excel workbook (.xlsx).",
                  "{name}：请使用版本包（.etown）或 Excel 工作簿（.xlsx）。"),
    "unreadable": ("{name} cannot be read ({detail}).", "无法读取 {name}（{detail}）。"),
}


def rejection_text(rule: str, params: dict, lang: str = "en") -> str | None:
    if rule not in REJECTIONS:
        return None
    en, zh = REJECTIONS[rule]
    try:
        return (zh if lang == "zh" else en).format(**params)
    except (KeyError, IndexError):
        return None


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
