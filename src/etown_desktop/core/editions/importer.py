"""Import an edition file safely: read → validate → preview → build → check → switch.

The new edition is built by the same builder as ``etown-desktop db build`` (``core.db.build``)
from a data folder written in the staging area, checked with ``db check``, moved into the store
and only then made active by the store's atomic switch. Bad input changes nothing.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.editions.diff import ChangePreview, preview
from etown_desktop.core.editions.raw import RawEdition
from etown_desktop.core.editions.store import EditionInfo, EditionStore, Selection, now_iso, sha256_of
from etown_desktop.core.editions.validation import ERROR, Problem, ValidationReport, validate
from etown_desktop.core.errors import EditionError, ImportRejected, SourceDataInvalid
from etown_desktop.core.trust.trust_store import TrustStore
from etown_desktop.core.trust.verify import PackTrust

log = logging.getLogger(__name__)

PACK_SUFFIXES = (".etown", ".zip")
WORKBOOK_SUFFIXES = (".xlsx",)


def read_edition_file(path: Path) -> RawEdition:
    """The raw edition in a pack or workbook (hostile files raise ImportRejected)."""
    path = Path(path)
    if not path.is_file():
        raise ImportRejected("unreadable", f"{path} does not exist", name=path.name,
                             detail="file not found")
    suffix = path.suffix.lower()
    if suffix in PACK_SUFFIXES:
        from etown_desktop.core.editions.pack import read_pack

        return read_pack(path)
    from etown_desktop.core.editions.workbook_reader import MACRO_SUFFIXES, read_workbook

    if suffix in WORKBOOK_SUFFIXES or suffix in MACRO_SUFFIXES:
        return read_workbook(path)
    raise ImportRejected("file_type", f"{path.name}: unsupported file type", name=path.name)


@dataclass
class ImportPlan:
    """What an import would do; nothing is written until :func:`apply_import`."""

    path: Path
    edition: RawEdition
    report: ValidationReport
    preview: ChangePreview
    active: Selection
    active_id: str
    staged: Path | None = None  # the data folder written for the builder (valid input only)
    edition_id: str | None = None
    tables: dict | None = None  # the builder's load() of the staged folder
    trust: PackTrust | None = None  # who signed it (core/trust), recorded once it is applied

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def already_active(self) -> bool:
        return self.edition_id is not None and self.edition_id == self.active_id


def active_raw(selection: Selection) -> RawEdition:
    from etown_desktop.core.editions.dbread import read_database

    return read_database(selection.path)


def prepare_import(path: Path, store: EditionStore, factory: Path, *, allow_older: bool = False,
                   trust: TrustStore | None = None, kiosk: bool | None = None) -> ImportPlan:
    """Check the signature (before anything is unpacked), read, validate and compare with the
    active edition (stages a data folder if valid)."""
    from etown_desktop.core.editions.dbread import edition_id
    from etown_desktop.core.editions.signed_import import check_before_reading

    checked = check_before_reading(path, PACK_SUFFIXES, trust=trust, kiosk=kiosk,
                                   allow_older=allow_older)
    raw = read_edition_file(path)
    store.clean_staging()
    report = validate(raw)
    selection = store.select(factory)
    current = active_raw(selection)
    plan = ImportPlan(Path(path), raw, report, preview(current, raw), selection,
                      edition_id(selection.path), trust=checked)
    if report.ok:
        from etown_desktop.core.db.build import edition_of, load
        from etown_desktop.core.editions.folder import write_folder

        staged = Path(tempfile.mkdtemp(prefix="import-", dir=store.staging_folder()))
        raw.schema_version = schema.SCHEMA_VERSION
        plan.staged = staged
        try:
            write_folder(raw, staged / "data")
            try:
                plan.tables = load(staged / "data")  # the builder's own reading and checks
            except SourceDataInvalid as exc:  # a rule only the builder knows (e.g. search aliases)
                report.problems.append(Problem(ERROR, raw.origin, 0, "", "", "build_check",
                                               {"detail": str(exc)}))
                discard(plan)
                return plan
            plan.edition_id, _ = edition_of(staged / "data", plan.tables)
            _check_signed_contents(plan)
        except BaseException:  # a full disk, Ctrl+C, a refused signature: nothing stays behind
            discard(plan)
            raise
        if plan.already_active:  # a no-op, but a newly signed copy of it says who signed it
            _commit_trust(plan, store)
    return plan


def _check_signed_contents(plan: ImportPlan) -> None:
    from etown_desktop.core.editions.signed_import import check_contents

    try:
        check_contents(plan.trust, plan.edition_id or "", plan.path.name)
    except ImportRejected:
        discard(plan)
        raise


def apply_import(plan: ImportPlan, store: EditionStore) -> EditionInfo | None:
    """Build, check, store and activate the planned edition. None when it is already active."""
    if not plan.ok or plan.staged is None or plan.edition_id is None:
        raise EditionError("The file has errors; nothing was imported.")
    try:
        if plan.already_active:
            _commit_trust(plan, store)
            return None
        existing = store.info(plan.edition_id)
        if existing is not None and store.problem(existing) is None:
            store.set_active(existing.edition)
            _commit_trust(plan, store)
            return existing
        info = _build_and_store(plan, store)
        try:
            store.set_active(info.edition)
        except BaseException:  # the switch failed: the import did not happen, nor its edition
            for path in (store.manifest_path(info.edition), store.db_path(info.edition)):
                path.unlink(missing_ok=True)
            raise
        _commit_trust(plan, store)
        return info
    finally:
        discard(plan)


def _commit_trust(plan: ImportPlan, store: EditionStore) -> None:
    """The signer's sequence number and key changes count from now on; the signer is recorded."""
    if plan.trust is not None and plan.edition_id is not None:
        plan.trust.commit(plan.edition_id, store.root)


def discard(plan: ImportPlan) -> None:
    if plan.staged is not None:
        shutil.rmtree(plan.staged, ignore_errors=True)
        plan.staged = None


def _build_and_store(plan: ImportPlan, store: EditionStore) -> EditionInfo:
    from etown_desktop.core.db.build import build
    from etown_desktop.core.db.check import check_database

    assert plan.staged is not None and plan.edition_id is not None
    out = plan.staged / f"{plan.edition_id}.db"
    build(plan.staged / "data", out, plan.tables)  # the one builder, as `etown-desktop db build`
    report = check_database(out)
    if not report.ok:
        raise EditionError("The new edition failed its check: " + "; ".join(report.problems))
    info = EditionInfo(
        edition=plan.edition_id, origin=plan.path.name, imported=now_iso(),
        sha256=sha256_of(out), bytes=out.stat().st_size, schema_version=schema.SCHEMA_VERSION,
        data_date=plan.edition.data_date, figures=len(plan.edition.rows("figures")),
        sources=len(plan.edition.rows("sources")))
    store.add(out, info)
    log.info("imported edition %s from %s", info.edition, plan.path)
    return info
