"""Charts and report pages are titled with the form as it was answered, and the trainee report says why a
before-vs-after radar is missing.

A trainer renames a form after the class answered it: the radar, the class view and the trainee report
still title their charts with the name the trainees answered (today's file changes nothing shown); once a
round is answered with the renamed version, the newest answered title is used. Two rounds answered on
different scales (1–5, then 1–7) have no before-vs-after radar: the PDF report says so on the page, in the
interface's language, as the radar screen does.
"""

from __future__ import annotations

from matplotlib.text import Text

from desktop.paths import user_instruments_dir
from desktop.ui.scorecard.report_builder import report_figures
from tests.form_versions import (
    VERSION_1,
    VERSION_2,
    VERSION_3,
    answer,
    before_training,
    version,
)

OLD, NEW = "电话礼仪", "接听电话的礼仪"
RENAMED = VERSION_2.replace(f'title: {{zh_CN: "{OLD}"', f'title: {{zh_CN: "{NEW}"')
SELF_OTHERS, BEFORE_AFTER, TRAINEE_VS_CLASS = 0, 1, 2


def texts(figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


def chart_titles(window, context, person_id: int) -> list[str]:
    """The titles of every chart of several rounds or one: the radars, the class view, the report's pages."""
    titles = []
    window.show_radar(person_id)
    radar = window.radar
    radar.instrument.setCurrentIndex(radar.instrument.findData("phone_manner"))
    for overlay in (SELF_OTHERS, BEFORE_AFTER, TRAINEE_VS_CLASS):
        radar.overlay.setCurrentIndex(overlay)
        radar.refresh_chart()
        context.operations.wait()
        if radar.figure is not None:
            titles.append(radar.figure.get_suptitle())
    window.show_class()
    view = window.class_view
    view.instrument.setCurrentIndex(view.instrument.findData("phone_manner"))
    context.operations.wait()
    titles += [view.radar.get_suptitle(), view.bands_title.text(), *texts(view.bands)[:1]]
    for figure in report_figures(context.store, context.instruments, person_id, "zh_CN")[1:]:
        titles.append(figure.get_suptitle() or figure.axes[0].get_title())
    return [t for t in titles if "礼仪" in t]


def class_with_the_form(make_shell, tmp_path):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    file = folder / "phone_manner.yaml"
    file.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    return shell, file


def test_charts_keep_the_title_the_form_was_answered_with_then_take_the_newest_answered(make_shell, tmp_path):
    shell, file = class_with_the_form(make_shell, tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    group = before_training(store)
    wang = group.people["王芳"]
    answer(store, version(VERSION_1), wang, "self", {"p1": 5, "p2": 5, "p3": 3}, group.after)

    file.write_text(RENAMED, encoding="utf-8")  # renamed after every form was answered
    context.reload_instruments()
    assert context.instruments["phone_manner"].title.zh_CN == NEW
    before = chart_titles(window, context, wang)
    assert len(before) >= 7, (
        before
    )  # three radars, the class radar and bands, the report's radar pages and trend
    assert all(OLD in t and NEW not in t for t in before), before

    # Once a round is answered with the renamed version, the newest answered title is the charts'.
    lei = group.people["李雷"]
    answer(store, version(RENAMED), lei, "self", {"p1": 4, "p3": 3, "p4": 3, "p5": 3}, group.after)
    after = chart_titles(window, context, lei)
    assert after and all(NEW in t for t in after), after


def test_the_trainee_report_says_on_the_page_why_two_rounds_on_different_scales_have_no_radar(
    make_shell, tmp_path
):
    shell, file = class_with_the_form(make_shell, tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    group = before_training(store)
    wang = group.people["王芳"]
    file.write_text(VERSION_3, encoding="utf-8")  # the scale becomes 1–7
    context.reload_instruments()
    answer(store, version(VERSION_3), wang, "self", {"p1": 2, "p3": 6, "p4": 6, "p5": 6}, group.after)

    # The screen says so...
    window.show_radar(wang)
    radar = window.radar
    radar.instrument.setCurrentIndex(radar.instrument.findData("phone_manner"))
    radar.overlay.setCurrentIndex(BEFORE_AFTER)
    context.operations.wait()
    on_screen = radar.note.text()
    assert "量表不同（1–5 与 1–7）" in on_screen
    # ...and so does the report, on the page where the radar would be, in Chinese.
    figures = report_figures(store, context.instruments, wang, "zh_CN")
    pages = {figure.get_suptitle(): " ".join(texts(figure)) for figure in figures if figure.get_suptitle()}
    page = pages.get("电话礼仪：培训前后对比") or next(
        (text for title, text in pages.items() if "培训前后" in title), ""
    )
    assert "量表不同" in page and "无法在同一雷达图上比较" in page.replace("\n", ""), pages
