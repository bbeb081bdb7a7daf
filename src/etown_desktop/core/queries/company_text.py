"""How a company is worded in the companies table, for its sort keys and bilingual search text.

The words are those of the table on screen (the UI shows them through Qt's translations, which
carry the same Chinese words); the build stores the keys, so sorting and filtering run in SQLite.
"""

from __future__ import annotations

from etown_desktop.core.records import Cluster, Company

COMPANY_COLUMNS = ("name", "kind", "country", "cluster", "fortune500")
KIND_WORDS = {"company": ("Company", "企业"), "joint_venture": ("Joint venture", "合资企业"),
              "park": ("Park", "园区"), "project": ("Project", "项目")}
FORTUNE500_WORDS = {"not_stated": ("not stated", "未说明"), "no": ("no", "否"), "yes": ("yes", "是"),
                    "public": ("yes (public knowledge)", "是（公开信息）"),
                    "stated": ("yes (stated in the source)", "是（来源载明）")}


def fortune500_state(company: Company) -> str:
    if company.fortune500 is None:
        return "not_stated"
    if not company.fortune500:
        return "no"
    return company.fortune500_basis if company.fortune500_basis in FORTUNE500_WORDS else "yes"


def cell_text(company: Company, column: str, lang: str, cluster: Cluster | None) -> str:
    zh = lang == "zh"
    if column == "name":
        return company.name(lang)
    if column == "kind":
        words = KIND_WORDS.get(company.kind)
        return (words[1] if zh else words[0]) if words else company.kind
    if column == "country":
        return company.country_zh if zh else company.country_en
    if column == "cluster":
        return cluster.name(lang) if cluster else "—"
    if column == "fortune500":
        return FORTUNE500_WORDS[fortune500_state(company)][1 if zh else 0]
    raise KeyError(column)


def search_text(company: Company, cluster: Cluster | None) -> str:
    """Both languages, so 奔驰 finds Mercedes-Benz in English and "Bayer" finds 拜耳 in Chinese."""
    bits = [company.name_en, company.name_zh, company.kind, company.country_en, company.country_zh,
            cluster.name_en if cluster else "", cluster.name_zh if cluster else "",
            *(cell_text(company, c, lang, cluster) for lang in ("en", "zh") for c in COMPANY_COLUMNS)]
    return "\n".join(b for b in bits if b).casefold()
