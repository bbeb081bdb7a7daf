"""The list models answer a role only if it is in their ``ROLES`` (ui/models/sql_table_model.py):
any other role is None without reading the row (issue 22: a view measuring a column asks eight
roles a cell). Every role a model's cells answer is listed, so ``data`` gives what ``cell_data``
gives for every role, in both languages, on rows with and without a company or figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from etown_desktop.ui.models.company_table_model import CompanyTableModel
from etown_desktop.ui.models.figure_table_model import FigureTableModel

ROLES = [*range(0, 40), *range(int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 20)]


@pytest.mark.parametrize("model_class", [FigureTableModel, CompanyTableModel])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_data_answers_every_role_its_cells_answer(qapp, repo, model_class, lang):
    model = model_class(repo, lang)
    assert model.ROLES is not None and Qt.ItemDataRole.DisplayRole in model.ROLES
    answered = set()
    for row in range(model.rowCount()):
        record = model.record(row)
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                expected = model.cell_data(record, column, role)
                if expected is not None:
                    answered.add(role)
                assert index.data(role) == expected, (row, column, role)
    assert answered == set(model.ROLES)  # none listed in vain
