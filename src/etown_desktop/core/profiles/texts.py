"""Fixed wording of profiles on screen, in the CLI and in exports (document content, en and zh)."""

from __future__ import annotations

from etown_desktop.core.formatting import normalize_lang

SECTION_KEYS = ("figures", "cluster", "zones", "companies", "reforms", "targets", "sources")

TEXT = {
    "en": {
        "figures": "Headline figures", "cluster": "Cluster", "zones": "Zones in Beijing",
        "companies": "Companies and projects named", "reforms": "Reforms for every investor",
        "targets": "2025 targets that concern it", "sources": "Sources",
        "thin": "The sources hold little on this sector: only what is listed here is stated. "
                "No general figures are added to fill the page.",
        "beijing_wide": "Beijing-wide, not E-Town",
        "none": "The sources state nothing for this section.",
        "first_in_beijing": "first in Beijing",
        "more": "… and {n} more ({total} in all)",
    },
    "zh": {
        "figures": "主要数据", "cluster": "产业集群", "zones": "北京分区布局",
        "companies": "提及的企业与项目", "reforms": "适用于所有投资者的改革",
        "targets": "相关的2025年目标", "sources": "资料来源",
        "thin": "资料中关于该行业的内容很少：仅列出原文所述内容，不以一般性数据填充。",
        "beijing_wide": "北京全市数据，非开发区数据",
        "none": "资料中未涉及此部分。",
        "first_in_beijing": "北京首创",
        "more": "……另有 {n} 项（共 {total} 项）",
    },
}


def text(lang: str, key: str) -> str:
    return TEXT[normalize_lang(lang)][key]
