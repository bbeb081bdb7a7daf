"""Import a package's ``__init__`` a few top-level statements at a time.

A plain ``import pyqtgraph`` runs its whole ``__init__`` (≈ 80 ``from .x import *`` lines) in
one go. :class:`StagedImport` does exactly the same work in the same order, but as steps: the
module object is created and registered as the import system would, then each step executes the
next top-level statements of the package's source in that module's namespace, until a small
time budget is used.

Between steps the package is in ``sys.modules`` but not complete. Anyone who touches a name it
does not define yet (``pg.PlotWidget``, ``from pyqtgraph import X``) triggers a module
``__getattr__`` that finishes the import first, so no caller ever sees a half-made package.
If anything goes wrong (no source, e.g. a frozen bundle; a syntax the parser does not know),
the partial package is removed (as a failed import would be) and imported in one go.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import logging
import sys
import time
from types import ModuleType

log = logging.getLogger(__name__)

STEP_BUDGET_S = 0.03  # statements are run until a step has used this much time
_RUNNING = [0]  # staged statements being executed now (in any StagedImport: they nest)


class StagedImport:
    """``step()`` until ``done``; ``finish()`` runs whatever is left at once."""

    def __init__(self, name: str, budget_s: float = STEP_BUDGET_S,
                 nested: tuple[str, ...] = ()) -> None:
        self.name = name
        # Subpackages staged as well, once this package's header (its simple statements before
        # the first compound one: ``if``, ``try``, ...) has run.
        self._nested = [StagedImport(sub, budget_s) for sub in nested]
        self.budget_s = budget_s
        self.module: ModuleType | None = None
        self._chunks: list[ast.stmt] = []
        self._origin = ""
        self._next = 0
        self._started = False
        self.steps_taken = 0

    @property
    def done(self) -> bool:
        return self._started and self.module is None

    def _start(self) -> None:
        self._started = True
        if self.name in sys.modules:  # imported already (e.g. by a test): nothing to do
            return
        spec = importlib.util.find_spec(self.name)
        source = spec.loader.get_source(self.name) if spec and spec.loader else None
        if spec is None or source is None or spec.origin is None:
            importlib.import_module(self.name)  # frozen or no source: one ordinary import
            return
        self._origin = spec.origin
        self._chunks = list(ast.parse(source, spec.origin).body)
        module = importlib.util.module_from_spec(spec)
        module.__spec__._initializing = True  # as importlib marks a module being imported
        module.__getattr__ = self._missing  # PEP 562: a name not made yet finishes the import
        sys.modules[self.name] = module
        self.module = module

    def step(self) -> bool:
        """Run the next statements (at least one) for up to the budget; True when complete."""
        if not self._started:
            self._start()
            if self.module is not None:
                self._run(lambda: True)  # the header (first statement) only
            return self.module is None
        if self.module is None:
            return True
        if self._nested and self._header_done():
            if self._nested[0].step():
                self._nested.pop(0)
            return False
        start = time.perf_counter()
        self._run(lambda: time.perf_counter() - start >= self.budget_s)
        self.steps_taken += 1
        return self.module is None

    def _header_done(self) -> bool:
        compound = (ast.If, ast.Try, ast.For, ast.While, ast.With, ast.FunctionDef, ast.ClassDef)
        return self._next >= len(self._chunks) or isinstance(self._chunks[self._next], compound)

    def finish(self) -> ModuleType:
        """Complete the import now; returns the package."""
        if not self._started:
            self._start()
        if self.module is not None:
            self._run(lambda: False)  # stops after the header while subpackages are left
        for nested in self._nested:
            nested.finish()
        self._nested = []
        if self.module is not None:
            self._run(lambda: False)
        return sys.modules.get(self.name) or importlib.import_module(self.name)

    def _run(self, out_of_time) -> None:
        module = self.module
        assert module is not None
        _RUNNING[0] += 1
        try:
            while self._next < len(self._chunks):
                if self._nested and self._header_done():
                    break  # the subpackages first (finish() empties _nested before it runs)
                stmt = self._chunks[self._next]
                self._next += 1
                if isinstance(stmt, ast.If):  # the branch taken is split into statements too
                    test = compile(ast.Expression(stmt.test), self._origin, "eval")
                    branch = stmt.body if eval(test, module.__dict__) else stmt.orelse  # noqa: S307
                    self._chunks[self._next:self._next] = branch
                    continue
                code = compile(ast.Module(body=[stmt], type_ignores=[]), self._origin, "exec")
                exec(code, module.__dict__)  # noqa: S102 - the package's own source, in order
                if out_of_time():
                    break
        except BaseException:
            log.exception("Staged import of %s failed; importing it in one go", self.name)
            self._abandon()
            importlib.import_module(self.name)
            return
        finally:
            _RUNNING[0] -= 1
        if self._next >= len(self._chunks):
            self._complete()

    def _complete(self) -> None:
        module = self.module
        assert module is not None
        if module.__dict__.get("__getattr__") == self._missing:
            del module.__dict__["__getattr__"]
        module.__spec__._initializing = False
        self.module = None
        parent, _, child = self.name.rpartition(".")
        if parent and parent in sys.modules:
            setattr(sys.modules[parent], child, module)

    def _abandon(self) -> None:
        # As a failed ordinary import: the package goes, submodules imported so far stay.
        self.module = None
        sys.modules.pop(self.name, None)

    def _missing(self, attr: str):
        """Module ``__getattr__`` while the package is partial."""
        if _RUNNING[0] or attr.startswith("__"):
            # Inside the package's own statements (``from . import x`` probes with hasattr),
            # or an interpreter probe: behave as the half-run module would.
            raise AttributeError(f"module {self.name!r} has no attribute {attr!r}")
        module = self.module
        self.finish()
        return getattr(sys.modules.get(self.name, module), attr)
