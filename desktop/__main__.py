"""Command line: ``python -m desktop [command] [--data-dir DIR] [--lang zh_CN|en] [--database URL]``.

Without a command the app opens. Global options are accepted before or after the command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

LANG_CHOICES = ("zh_CN", "en")


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="folder of the database (default: the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        default=default,
        help="language of the interface (default: the system's, else zh_CN)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="a shared PostgreSQL server, e.g. postgresql://trainer@db.example/training "
        "(default: the one saved in the settings, else the SQLite file in the data folder; "
        "'sqlite' for the file)",
    )


def build_parser() -> argparse.ArgumentParser:
    from desktop import __version__

    parser = argparse.ArgumentParser(prog="python -m desktop", description="课堂测评 Training Assessment")
    parser.add_argument("--version", action="version", version=f"课堂测评 Training Assessment {__version__}")
    _global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _global_options(sub, suppress=True)  # so the options may also follow the command
        return sub

    command("run", "open the app (the default)")
    command(
        "demo",
        "fill the database with a demo class (trainees rated by themselves, supervisors and colleagues)",
    )
    shots = command("screenshots", "render every screen with demo data to PNG files, offscreen")
    shots.add_argument("outdir", type=Path)
    radar_bench = command("bench-radar", "measure radar drawing against bare matplotlib, and peak memory")
    radar_bench.add_argument("--rounds", type=int, default=15)
    report = command("report", "write one trainee's report (scorecard, gaps, radars, trend) as a PDF")
    report.add_argument("--person", required=True, help="the trainee's name or id")
    report.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    forms = command(
        "print-forms",
        "write paper forms of an instrument as a PDF (A4): blank, or for every trainee of a class and every "
        "rater role, each with the code quick entry reads",
    )
    forms.add_argument("--instrument", required=True, help="the form's id (see check-content)")
    forms.add_argument("--class", dest="cohort", help="the class: one form per trainee and rater role")
    forms.add_argument("--round", help="the round printed on the forms and carried in their codes")
    forms.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    class_report = command(
        "class-report",
        "write a class's report as a PDF (totals per round, class-mean radars per round, bands, before/after) "
        "or its totals per trainee, form and round as a CSV for HR (UTF-8 with BOM)",
    )
    class_report.add_argument("--class", dest="cohort", required=True, help="the class's name")
    class_report.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.csv")
    editor_bench = command(
        "bench-editor", "time opening, typing in and saving a 500-question bank in the bank editor"
    )
    editor_bench.add_argument("--questions", type=int, default=500)
    start = command(
        "bench-start", "measure cold start to an interactive home window against a bare PySide6 window"
    )
    start.add_argument("--rounds", type=int, default=7)
    bench = command(
        "bench-buzz", "measure key press -> lock -> commit -> stage repaint over simulated buzzes"
    )
    bench.add_argument("--buzzes", type=int, default=1200)
    phones_bench = command(
        "bench-phones",
        "phones buzzing over loopback with injected 10-150 ms delays: lost buzzes, judged order, "
        "buzz -> stage repaint",
    )
    phones_bench.add_argument("--clients", type=int, default=60)
    phones_bench.add_argument("--rounds", type=int, default=30)
    scale = command(
        "bench-scale",
        "build a department (default 2,000 trainees) and time start, the screens, the report, a backup "
        "and check-db against their targets",
    )
    scale.add_argument("--trainees", type=int, default=2000)
    check = command(
        "check-content",
        "validate instruments and question banks (files or folders; default: the built-in content and "
        "the data folder's content/); print file:line: field: message",
    )
    check.add_argument("files", nargs="*", type=Path)
    importing = command(
        "import-questions",
        "import questions from Kahoot or Wayground xlsx, a CSV/xlsx with Chinese or English headers, GIFT, "
        "Aiken or a 问卷星-style text list into a bank of your own",
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--bank", help="the bank id to add to (default: one made from the file name)")
    importing.add_argument("--dry-run", action="store_true", help="show the preview; write nothing")
    importing.add_argument("--encoding", help="the text encoding of a CSV or text file (default: detected)")
    importing.add_argument(
        "--skip-invalid", action="store_true", help="import the valid questions despite errors"
    )
    importing.add_argument(
        "--format",
        choices=("auto", "table", "gift", "aiken", "pasted"),
        default="auto",
        help="the format of a text file (default: from the name and contents)",
    )
    exporting = command(
        "export-questions",
        "export a bank to xlsx (Chinese headers, re-importable), Kahoot's xlsx template or Moodle GIFT",
    )
    exporting.add_argument("--bank", required=True, help="the bank id")
    exporting.add_argument("--format", required=True, choices=("xlsx", "kahoot", "gift"))
    exporting.add_argument("--out", required=True, type=Path, help="the file to write")
    fonts = command(
        "check-fonts",
        "check that Chinese is drawn (not as empty boxes) in the windows and in charts; --out writes the "
        "drawing as PNG",
    )
    fonts.add_argument("--out", type=Path, help="a PNG of the characters as drawn")
    check_db = command(
        "check-db",
        "check the database for damage (integrity_check) and list its backups; changes nothing without "
        "--restore",
    )
    check_db.add_argument(
        "--restore",
        action="store_true",
        help="if it is damaged: set it aside (kept) and restore the newest good backup",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    from desktop import database_choice

    database_choice.use_for_this_run(getattr(args, "database", None))
    if command == "bench-phones":
        from desktop.cli.bench_phones import bench_phones_command

        return bench_phones_command(args.clients, args.rounds)
    if command == "bench-radar":
        from desktop.cli.bench_radar import bench_radar_command

        return bench_radar_command(args.rounds)
    if command == "bench-editor":
        from desktop.cli.bench_editor import bench_editor_command

        return bench_editor_command(args.questions)
    if command == "bench-start":
        from desktop.cli.bench_start import bench_start_command

        return bench_start_command(args.rounds)
    if command == "bench-buzz":
        from desktop.cli.bench_buzz import bench_buzz_command

        return bench_buzz_command(args.buzzes)
    data_dir = args.data_dir
    if data_dir is None:
        from desktop.paths import default_data_dir

        data_dir = default_data_dir()
    if command == "bench-scale":
        from desktop.cli.bench_scale import bench_scale_command

        return bench_scale_command(args.trainees, args.data_dir)
    if command == "check-content":
        from desktop.cli.check_content import check_content

        # The command line speaks English unless asked for Chinese (scripts read its lines).
        return check_content(args.files, data_dir=data_dir, lang="zh_CN" if args.lang == "zh_CN" else "en")
    if command == "import-questions":
        from desktop.cli.import_questions import import_questions

        return import_questions(
            args.file,
            data_dir,
            args.bank,
            args.dry_run,
            args.encoding,
            args.skip_invalid,
            args.format,
            lang="zh_CN" if args.lang == "zh_CN" else "en",
        )
    if command == "export-questions":
        from desktop.cli.export_questions import export_questions

        return export_questions(
            args.bank, args.format, args.out, data_dir, lang="zh_CN" if args.lang == "zh_CN" else "en"
        )
    if command == "check-fonts":
        from desktop.cli.check_fonts import check_fonts

        return check_fonts(args.out)
    if command == "check-db":
        from desktop.cli.check_db import check_db

        return check_db(data_dir, args.restore, lang="zh_CN" if args.lang == "zh_CN" else "en")
    if command == "demo":
        from desktop.cli.demo_command import demo_command

        return demo_command(data_dir)
    if command == "report":
        from desktop.cli.report_command import report_command

        return report_command(data_dir, args.person, args.out, args.lang)
    if command == "class-report":
        from desktop.cli.class_report import class_report_command

        return class_report_command(data_dir, args.cohort, args.out, args.lang)
    if command == "print-forms":
        from desktop.cli.print_forms import print_forms

        return print_forms(data_dir, args.instrument, args.cohort, args.round, args.out, args.lang)
    if command == "screenshots":
        from desktop.cli.screenshots import render_screenshots

        return render_screenshots(args.outdir, args.lang or "zh_CN")
    from desktop.display_check import display_problem

    problem = display_problem()
    if problem is not None:  # before Qt, whose own message misleads and ends in an abort
        print(problem, file=sys.stderr)
        return 1
    from desktop.app import run_gui

    return run_gui(data_dir, args.lang)


if __name__ == "__main__":
    sys.exit(main())
