"""Every screen over many trainees costs the same number of SQL statements for 10 trainees or 1,000."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from desktop.scale_data import department
from desktop.store.store import Store
from desktop.ui.scorecard.report_builder import report_figures

WITHOUT_CLASS = 10  # person id of the tenth trainee, who has no class (see desktop.scale_data)
IN_CLASS = 1


class StatementCount:
    def __init__(self, engine):
        self.engine = engine
        self.count = 0

    def _seen(self, *_args) -> None:
        self.count += 1

    def __call__(self, action) -> int:
        self.count = 0
        event.listen(self.engine, "before_cursor_execute", self._seen)
        try:
            action()
        finally:
            event.remove(self.engine, "before_cursor_execute", self._seen)
        return self.count


def screen_costs(make_shell, tmp_path, instruments, trainees: int) -> dict[str, int]:
    data_dir = tmp_path / f"department-{trainees}"
    store = Store(data_dir)
    store.bulk_load(department(trainees, instruments, []))
    store.close()
    shell = make_shell(data_dir=data_dir)
    window, store = shell.window, shell.context.store
    assert store.person(WITHOUT_CLASS).cohort_id is None and store.person(IN_CLASS).cohort_id is not None
    cohort = store.person(IN_CLASS).cohort_id
    count = StatementCount(store.engine)

    def trainee_vs_class(person_id):
        window.show_radar(person_id)
        window.radar.overlay.setCurrentIndex(2)
        assert [s.key for s in window.radar.current_data()[0].series] == ["trainee", "class_mean"]

    costs = {
        "class view, all trainees": count(lambda: window.show_class(None)),
        "class view, one class": count(lambda: window.show_class(cohort)),
        "radar, trainee vs class": count(lambda: trainee_vs_class(IN_CLASS)),
        "radar, trainee without a class vs all": count(lambda: trainee_vs_class(WITHOUT_CLASS)),
        "Class view… of a trainee without a class": count(window.radar.class_button.click),
        "history of one trainee": count(lambda: window.show_history(WITHOUT_CLASS)),
        "report data": count(lambda: report_figures(store, instruments, WITHOUT_CLASS, "zh_CN")),
    }
    assert window.class_view.spread.table_model.rows[0][-1] != "0"
    return costs


@pytest.mark.parametrize("many", [1000])
def test_screens_cost_as_many_queries_for_1000_trainees_as_for_10(make_shell, tmp_path, instruments, many):
    few = screen_costs(make_shell, tmp_path, instruments, 10)
    lots = screen_costs(make_shell, tmp_path, instruments, many)
    assert lots == few
    # 13: the trainee report also asks which forms were answered (a form whose file is gone is reported too).
    assert max(few.values()) <= 13, few
