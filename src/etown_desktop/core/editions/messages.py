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
    "provenance": ("the number {number} is not written in paragraph {paragraph} of {source}; "
                   "add a note \"checked by hand: …\" if you checked it",
                   "第 {paragraph} 段（{source}）中找不到数字 {number}；"
                   "如已人工核对，请添加“checked by hand: …”说明"),
    "hand_checked": ("not found in the cited paragraph; accepted by the note \"{note}\"",
                     "在引用段落中未找到；已凭说明“{note}”接受"),
    "hand_check_note": ("the note must start with \"checked by hand:\" and say what was checked",
                        "说明必须以“checked by hand:”开头并写明核对内容"),
    "qualifier_word": ("the paragraph does not use a word for \"{qualifier}\"",
                       "该段未出现表示“{qualifier}”的措辞"),
    "actual_relation": ("the actual figure and its relation go together; relation is same or related",
                        "实际值与关系须同时填写；关系为 same 或 related"),
    "data_date": ("the data date must be written YYYY-MM-DD", "数据日期须写作 YYYY-MM-DD"),
    "no_figures": ("the edition has no figures", "该版本没有任何数据"),
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
