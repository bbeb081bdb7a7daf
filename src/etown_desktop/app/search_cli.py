"""``etown-desktop search QUERY [--lang en|zh] [--json]`` and ``etown-desktop list profiles``."""

from __future__ import annotations

import argparse
import json
import logging
import sys

log = logging.getLogger(__name__)

GROUP_NAMES = {
    "en": {"profile": "Profiles", "figure": "Figures", "company": "Companies and projects",
           "cluster": "Clusters", "reform": "Reforms", "target": "Targets", "source": "Sources"},
    "zh": {"profile": "行业概况", "figure": "数据", "company": "企业与项目", "cluster": "产业集群",
           "reform": "改革", "target": "目标", "source": "资料来源"},
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search figures, companies, clusters, reforms, targets, "
                                      "sources and profiles (both languages, aliases, numbers)")
    p.add_argument("query", nargs="+", help="words or numbers, e.g. Yizhuang, 奔驰, 1,043")
    from etown_desktop.app.cli_language import add_lang_option

    add_lang_option(p, "language of the results (default: en)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")


def run(args: argparse.Namespace) -> int:
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.search.query import SearchIndex

    from etown_desktop.app.cli_language import content_lang

    lang = content_lang(args)
    query = " ".join(args.query)
    try:
        repo = Repository()
    except EtownError as exc:
        print(f"Search failed: {exc}", file=sys.stderr)
        return 1
    try:
        groups = SearchIndex.from_repository(repo).search(query)
    finally:
        repo.close()
    try:
        if args.json:
            out = [{"kind": g.kind, "id": e.ref_id, "title": e.title(lang), "detail": e.detail(lang),
                    "tab": e.tab, "figure_id": e.figure_id}
                   for g in groups for e in g.entries]
            print(json.dumps(out, ensure_ascii=False, indent=2))
        elif not groups:
            print(f"No matches for {query!r}." if lang == "en" else f"没有与“{query}”匹配的结果。")
        else:
            for g in groups:
                print(f"{GROUP_NAMES[lang][g.kind]} ({g.total})")
                for e in g.entries:
                    detail = f" — {e.detail(lang)}" if e.detail(lang) else ""
                    print(f"  {e.ref_id}\t{e.title(lang)}{detail}")
    except BrokenPipeError:
        return 0
    return 0


def list_profiles(lang: str = "en") -> int:
    from etown_desktop.core.profiles import build_profiles
    from etown_desktop.core.repository import Repository

    repo = Repository()
    try:
        for p in build_profiles(repo):
            thin = ("\t(the sources hold little)" if lang == "en" else "\t（资料很少）") if p.thin else ""
            print(f"{p.id}\t{p.name(lang)}{thin}")
    finally:
        repo.close()
    return 0
