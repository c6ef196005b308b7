"""Assessment instruments: the data model (loaded from YAML files by ``instrument_files``).

An instrument is data (items, response scale, dimensions, bands with advice). Every screen and
every score works from this model, so a new questionnaire is a new file, not new code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from desktop.core.localtext import LocalText
from desktop.core.sources import Source

TOTAL_METHODS = ("sum", "mean")
#: self_check: the trainee alone; 360: the trainee, their supervisor and colleagues; observation: an
#: observer rates a trainee during a role play.
KINDS = ("self_check", "360", "observation")
ROLES_OF_KIND = {
    "self_check": ("self",),
    "360": ("self", "supervisor", "colleague"),
    "observation": ("observer",),
}
REPORT_PAGES = ("summary", "radar", "trend")
MIN_RADAR_AXES = 3  # a radar of fewer than three axes is a line, not a profile
DEFAULT_ORDER = 100


@dataclass(frozen=True)
class Scale:
    min: int
    max: int
    labels: tuple[LocalText, ...]

    @property
    def points(self) -> range:
        return range(self.min, self.max + 1)

    def label(self, value: int) -> LocalText:
        return self.labels[value - self.min]


@dataclass(frozen=True)
class Dimension:
    id: str
    name: LocalText
    description: LocalText | None
    source: Source | None = None


@dataclass(frozen=True)
class Item:
    id: str
    dimension: str
    text: LocalText
    reverse: bool = False
    source: Source | None = None


@dataclass(frozen=True)
class Band:
    min: int
    max: int
    label: LocalText
    advice: LocalText

    def contains(self, total: float) -> bool:
        return self.min <= total <= self.max


@dataclass(frozen=True)
class Instrument:
    id: str
    version: int
    title: LocalText
    description: LocalText | None
    scale: Scale
    total: str
    dimensions: tuple[Dimension, ...]
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    file: str = ""
    #: shipped with the app (read-only); the trainer's own live in the data folder's content/
    built_in: bool = False
    kind: str = "360"
    source: Source | None = None
    #: the file's ``radar:``; None when not declared (then any instrument with enough dimensions has one)
    radar_declared: bool | None = None
    #: the file's ``report:`` (the pages the trainee report has for it); None when not declared
    report_declared: tuple[str, ...] | None = None
    #: place in every list of forms (lower first, then by id)
    order: int = DEFAULT_ORDER
    #: the file's text as loaded: the store keeps it by (id, version) when a form is answered with it
    content: str = field(default="", repr=False, compare=False)

    @property
    def has_radar(self) -> bool:
        """Whether radars (trainee, before/after, class mean) are drawn for this instrument."""
        return self.radar_declared is not False and len(self.dimensions) >= MIN_RADAR_AXES

    @property
    def report_pages(self) -> tuple[str, ...]:
        """The trainee report's pages for this instrument, as the file says or else by what it has:
        a summary (total, band, biggest gaps), radars when it has one, the total's trend when it has bands."""
        if self.report_declared is not None:
            return self.report_declared
        return tuple(
            page
            for page, wanted in (("summary", True), ("radar", self.has_radar), ("trend", bool(self.bands)))
            if wanted
        )

    @property
    def rater_roles(self) -> tuple[str, ...]:
        """Who fills in this form: ``self``, ``supervisor``, ``colleague``, ``observer``."""
        return ROLES_OF_KIND[self.kind]

    @property
    def total_range(self) -> tuple[int, int]:
        """Lowest and highest possible total."""
        if self.total == "sum":
            return self.scale.min * len(self.items), self.scale.max * len(self.items)
        return self.scale.min, self.scale.max

    def band_for(self, total: int | float | None) -> Band | None:
        if total is None:
            return None
        return next((band for band in self.bands if band.contains(total)), None)

    def items_of(self, dimension_id: str) -> tuple[Item, ...]:
        return self._items_by_dimension.get(dimension_id, ())

    @cached_property
    def _items_by_dimension(self) -> dict[str, tuple[Item, ...]]:
        # Scoring asks this for every dimension of every form: a class view of 2,000 trainees
        # asks it hundreds of thousands of times.
        grouped: dict[str, list[Item]] = {}
        for item in self.items:
            grouped.setdefault(item.dimension, []).append(item)
        return {dimension: tuple(items) for dimension, items in grouped.items()}

    def item_ids_of(self, dimension_id: str) -> tuple[str, ...]:
        """The ids of ``items_of(dimension_id)``."""
        return self._item_ids_by_dimension.get(dimension_id, ())

    @cached_property
    def _item_ids_by_dimension(self) -> dict[str, tuple[str, ...]]:
        return {
            dimension: tuple(i.id for i in items) for dimension, items in self._items_by_dimension.items()
        }

    def item(self, item_id: str) -> Item:
        return next(item for item in self.items if item.id == item_id)
