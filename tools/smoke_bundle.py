"""Smoke test of the built bundle (dist/TrainingAssessment), as a trainer's machine would run it.

    python tools/smoke_bundle.py [BUNDLE_DIR]       (default dist/TrainingAssessment; run by `make smoke-bundle`)

Runs the bundle's own executable, never the source: --version, check-content, demo into a temporary
data folder, screenshots (offscreen, checked to be PNGs of the right size), check-fonts (a known Chinese
string drawn in Qt and matplotlib and compared with the font's missing-glyph box: no tofu), a trainee's
report PDF (with the bundled CJK font embedded), check-db. Every step's output is shown when it fails.
Then prints the bundle's size and its start time (spawn to the home window shown, offscreen) beside
`python -m desktop`'s. Exit 1 on the first failure. Data and caches go to a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402
from desktop.demo import TRAINEES  # noqa: E402

START_ROUNDS = 3


class SmokeFailure(Exception):
    pass


def run(argv: list[str], env: dict[str, str], timeout: float = 300) -> tuple[str, float]:
    started = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(argv)} exited {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    if "Traceback" in result.stderr:
        raise SmokeFailure(f"{' '.join(argv)} printed a traceback:\n{result.stderr}")
    return result.stdout, elapsed


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start_time(argv: list[str], env: dict[str, str], data_dir: Path) -> float:
    """Spawn to the home window listed by the app's probe (it writes every 100 ms), in ms."""
    probe = data_dir / "probe.json"
    probe.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [*argv, "--data-dir", str(data_dir)],
        env={**env, "TRAINING_ASSESSMENT_PROBE": str(probe)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < 60:
            if probe.exists() and json.loads(probe.read_text(encoding="utf-8"))["windows"]:
                return (time.perf_counter() - started) * 1000
            if process.poll() is not None:
                raise SmokeFailure(f"{' '.join(argv)} exited {process.returncode} before showing a window")
            time.sleep(0.01)
        raise SmokeFailure(f"{' '.join(argv)} showed no window in 60 s")
    finally:
        process.kill()
        process.wait()


def smoke(bundle: Path, work: Path) -> None:
    name = "TrainingAssessment.exe" if sys.platform == "win32" else "TrainingAssessment"
    exe = str(bundle / name)
    data = work / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CACHE_HOME": str(work / "cache"),
        "XDG_DATA_HOME": str(work / "share"),
        "XDG_CONFIG_HOME": str(work / "config"),
    }
    env.pop("PYTHONPATH", None)  # the bundle must need nothing from the source tree

    def step(label: str, argv: list[str], **kwargs: float) -> str:
        output, elapsed = run([exe, *argv], env, **kwargs)
        print(f"ok  {label:<16} {elapsed:6.1f} s")
        return output

    output = step("--version", ["--version"])
    if output.strip() != f"课堂测评 Training Assessment {__version__}":
        raise SmokeFailure(f"--version printed {output!r}")
    output = step("check-content", ["check-content", "--data-dir", str(data)])
    if " 0 errors" not in output:
        raise SmokeFailure(f"check-content: {output}")
    step("demo", ["demo", "--data-dir", str(data)])
    shots = work / "shots"
    step("screenshots", ["screenshots", str(shots)], timeout=600)
    for size in ("1920x1080", "1024x768"):
        pngs = sorted((shots / size).glob("*.png"))
        if len(pngs) < 5:
            raise SmokeFailure(f"screenshots: only {len(pngs)} PNGs in {shots / size}")
        width, height = (int(n) for n in size.split("x"))
        if png_size(shots / size / "home.png") != (width, height):
            raise SmokeFailure(f"screenshots: home.png is {png_size(shots / size / 'home.png')}, not {size}")
    step("check-fonts", ["check-fonts", "--out", str(work / "fonts.png")])
    png_size(work / "fonts.png")
    report = work / "report.pdf"
    step("report", ["report", "--person", TRAINEES[0][0], "--out", str(report), "--data-dir", str(data)])
    pdf = report.read_bytes()
    if not pdf.startswith(b"%PDF") or b"TrainingAssessmentSansSC" not in pdf:
        raise SmokeFailure("report: not a PDF with the bundled CJK font embedded")
    output = step("check-db", ["check-db", "--data-dir", str(data)])

    bundle_ms = [start_time([exe], env, work / "start-bundle") for _ in range(START_ROUNDS)]
    source_env = {**env, "PYTHONPATH": str(ROOT)}
    source = [sys.executable, "-m", "desktop"]
    source_ms = [start_time(source, source_env, work / "start-source") for _ in range(START_ROUNDS)]
    print(f"bundle size: {folder_size(bundle) / 1e6:.0f} MB ({bundle})")
    print(
        f"start to the home window (offscreen, median of {START_ROUNDS}, ±100 ms): "
        f"bundle {statistics.median(bundle_ms):.0f} ms, python -m desktop {statistics.median(source_ms):.0f} ms"
    )


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "dist" / "TrainingAssessment").resolve()
    if not bundle.is_dir():
        print(f"no bundle at {bundle}: run `make bundle` first", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="ta-smoke-"))
    try:
        smoke(bundle, work)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"FAILED: {failure}\n(kept: {work})", file=sys.stderr)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
