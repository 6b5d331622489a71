"""Run configuration: one frozen dataclass, loaded from a job TOML and overridden by CLI flags.

Defaults are embedded so that `enrich run --catalog X` works on a fresh checkout: the demo model bundle
(a tiny BLIP-2, its questionnaire adapter and a tiny EN->PT Marian, all trained on synthetic renders by
`python -m enrich.lab.demo`), the default questionnaire in `jobs/`, a local output folder and a local Ray.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from enrich import EnrichError
from enrich.tomlcheck import check_types, read_toml_text

log = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parent
ENGINES = ("default", "reference")
DTYPES = ("auto", "float32", "bfloat16", "float16")
QUANTIZE = ("8bit", "4bit")
# A nightly run exits 3 when more than this share of the items it processed are error rows. Systemic failures
# (the model failing on everything, the image mount or host gone) put ~100% of items in error and are always
# caught; one broken image in ten is not normal either. 0.2 still lets the sample catalog's 7 planted broken
# files out of 52 (13.5%) through. Tighten it per job (jobs/nightly.toml uses 0.02); 1.0 never fails.
DEFAULT_ERROR_BUDGET = 0.2


def bundled_jobs_dir() -> Path:
    """`jobs/` beside the package in a checkout (editable install), or the copy inside a wheel."""
    for candidate in (PACKAGE_DIR.parent / "jobs", PACKAGE_DIR / "_bundled" / "jobs"):
        if candidate.is_dir():
            return candidate
    raise EnrichError("the bundled jobs/ folder is missing from this installation")


def bundled_queries_dir() -> Path:
    """`queries/` beside the package in a checkout, or the copy inside a wheel."""
    for candidate in (PACKAGE_DIR.parent / "queries", PACKAGE_DIR / "_bundled" / "queries"):
        if candidate.is_dir():
            return candidate
    raise EnrichError("the bundled queries/ folder is missing from this installation")


def default_questionnaire() -> str:
    return str(bundled_jobs_dir() / "questionnaire.toml")


DEMO_DIR = PACKAGE_DIR / "assets"


def default_model() -> str:
    return str(DEMO_DIR / "demo-blip2")


def with_demo_defaults(
    model: str | None, adapter: str | None, mt_model: str | None
) -> tuple[str, str | None, str | None]:
    """No model given: the demo bundle, base + questionnaire adapter + translator. A given model gets neither:
    the demo adapter fits only the demo base, and the demo translator knows only the renders' words."""
    if model:
        return model, adapter, mt_model
    return default_model(), adapter or str(DEMO_DIR / "demo-blip2-questionnaire"), mt_model or str(DEMO_DIR / "demo-mt")


# The default engine's batch knobs (the reference engine runs one image and prompt at a time and uses neither).
IMAGE_BATCH = 16  # images per vision-encoder pass and per language-model prefix pass, on every device
CPU_DECODE_ROWS = 16  # (image, open question) rows prompted and decoded together on CPU; on CUDA free memory decides
# Job keys (and --flags) of the previous release kept for one more, each setting the keys it stood for.
ALIASES = {"batch_size": ("image_batch", "cpu_decode_rows")}
# Job keys of earlier releases that no longer mean anything, and why; a job file that has one still runs.
RETIRED_KEYS = {
    "fixed_length": "a model saved with random weights by enrich.lab.arch decodes every answer to its limit itself",
}


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise EnrichError(message)


# No product photo is larger; a read allocates max_bytes + 1 up front, so a larger cap (a typo: 2**62, 1e20) failed
# every local image with a MemoryError or an OverflowError.
MAX_IMAGE_BYTES = 4 * 2**30
MAX_SECONDS = 30 * 86_400  # a time setting beyond 30 days is a typo; inf or 1e30 overflowed Ray's timers mid-run


def _require_seconds(value: float, name: str, zero_ok: bool = False) -> None:
    """A time setting: finite and at most MAX_SECONDS (NaN fails every comparison, so it is refused too)."""
    low = "from 0" if zero_ok else "over 0"
    _require(
        (value >= 0 if zero_ok else value > 0) and value <= MAX_SECONDS,
        f"{name} must be a number of seconds {low} to {MAX_SECONDS} (30 days), not {value!r}",
    )


@dataclass(frozen=True)
class QueryLimits:
    """What one query over an output may use (`enrich sql`, the audits, `reprocess --where`)."""

    memory: str = "640MB"  # DuckDB's memory_limit: the process stays under 1 GB; larger work spills to a temp folder
    seconds: float = 300.0  # then the query is interrupted

    def __post_init__(self) -> None:
        _require_seconds(self.seconds, "the query timeout")


@dataclass(frozen=True)
class FetchPolicy:
    """Where images may come from, and how hard to try: the job's [fetch] table (see fetch.py)."""

    roots: tuple[str, ...] = ()  # local images must lie inside one of these (the catalog's folder is added)
    allow_private: tuple[str, ...] = ()  # host names or CIDRs fetched although not public, e.g. "10.0.0.0/8"
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 15.0  # the longest silence while reading
    total_timeout_s: float = 60.0  # per image, retries included
    max_bytes: int = 32 * 2**20
    retries: int = 3  # transient failures only: connection errors, timeouts, 429, 5xx
    backoff_s: float = 0.5  # doubles per retry
    max_redirects: int = 3
    concurrent_reads: int = 8  # a shard's images read at once: a remote read mostly waits on the network

    def __post_init__(self) -> None:
        for name in ("connect_timeout_s", "read_timeout_s", "total_timeout_s"):
            _require_seconds(getattr(self, name), f"fetch.{name}")
        _require_seconds(self.backoff_s, "fetch.backoff_s", zero_ok=True)
        _require(
            0 < self.max_bytes <= MAX_IMAGE_BYTES,
            f"fetch.max_bytes must be from 1 to {MAX_IMAGE_BYTES} (4 GiB), not {self.max_bytes!r}",
        )
        _require(self.concurrent_reads > 0, "fetch.concurrent_reads must be positive")
        for name in ("retries", "max_redirects"):
            _require(getattr(self, name) >= 0, f"fetch.{name} must not be negative")


@dataclass(frozen=True)
class RunConfig:
    catalog: str
    out: str = "enrich-out"
    model: str = dataclasses.field(default_factory=default_model)  # load_config adds the demo adapter and MT
    adapter: str | None = None  # merged into the weights
    adapters: tuple[tuple[str, str], ...] = ()  # (name, location): kept separate, chosen per question
    questionnaire: str = dataclasses.field(default_factory=default_questionnaire)
    mt_model: str | None = None  # no MT model: free-text *_pt columns stay NULL with the reason
    mt_target: str | None = None  # the MT model's target language code (pob, por_Latn, pt); None: pt-BR, else pt
    engine: str = "default"
    dtype: str = "auto"  # bf16 on CUDA, fp32 on CPU
    quantize: str | None = None
    workers: int | None = None  # one per GPU, else from the core count
    image_batch: int = IMAGE_BATCH  # images per vision and prefix pass; an out-of-memory error halves it
    cpu_decode_rows: int = CPU_DECODE_ROWS  # open-question rows per prompt pass and decode loop, CPU only
    shard_size: int = 32  # items per committed Parquet file: the unit of work and retry
    max_image_side: int = 512  # decoded images are shrunk to this before leaving the decode task
    max_image_pixels: int = 64_000_000  # larger declared dimensions are a decompression bomb
    ray_address: str | None = None  # None: RAY_ADDRESS if set, else a new local Ray (never a `ray start` cluster)
    full: bool = False  # recompute items even when image, model, adapter, translator and questionnaire are unchanged
    allow_shrink: bool = False  # a whole-catalog run may drop half or more of the items that gave results (plan.py)
    error_budget: float = DEFAULT_ERROR_BUDGET  # share of error items above which the run exits 3
    stall_timeout_s: float = 1800.0  # no shard finishing for this long aborts the run (state is kept)
    cuda_graphs: bool = True  # replay each decode step as a CUDA graph (CUDA, unquantized); off: eager steps
    seller_map: str | None = None  # TOML mapping seller categories and colors to questionnaire values (seller.py)
    catalog_columns: tuple[str, ...] | None = None  # the catalog columns stored (sku and image aside); None: all
    verify: bool = False  # hash every image; without it, an unchanged size and mtime means unchanged bytes
    commit_every_s: float = 10.0  # finished shards are committed together this often: a kill loses at most this
    fetch: FetchPolicy = FetchPolicy()

    def __post_init__(self) -> None:
        _require(self.engine in ENGINES, f"engine must be one of {ENGINES}, not {self.engine!r}")
        _require(self.dtype in DTYPES, f"dtype must be one of {DTYPES}, not {self.dtype!r}")
        _require(self.quantize in (None, *QUANTIZE), f"quantize must be one of {QUANTIZE}")
        _require(self.workers is None or self.workers >= 1, "workers must be at least 1")
        names = [name for name, _ in self.adapters]
        _require(len(set(names)) == len(names), f"adapter names must be unique: {names}")
        _require(0.0 <= self.error_budget <= 1.0, "error_budget must be a share between 0 and 1")
        _require_seconds(self.stall_timeout_s, "stall_timeout_s")
        _require_seconds(self.commit_every_s, "commit_every_s", zero_ok=True)
        for name in ("image_batch", "cpu_decode_rows", "shard_size", "max_image_side", "max_image_pixels"):
            _require(getattr(self, name) >= 1, f"{name} must be at least 1")


def load_config(job: str | Path | None = None, **overrides) -> RunConfig:
    """Job file values, then CLI overrides (None means 'not given'); relative job paths are job-relative."""
    values = _read_job(Path(job)) if job else {}
    image_roots = overrides.pop("image_roots", None) or ()
    values.update({k: v for k, v in _aliased(overrides, "", _flag).items() if v is not None and v != ()})
    values["adapters"] = tuple(dict(values.get("adapters", ())).items())
    if values.get("catalog_columns") is not None:
        values["catalog_columns"] = tuple(values["catalog_columns"])
    fetch = values.get("fetch", FetchPolicy())
    values["fetch"] = dataclasses.replace(fetch, roots=(*fetch.roots, *image_roots))
    if not values.get("catalog"):
        raise EnrichError("no catalog given: pass --catalog PATH or set catalog in the job file")
    values["model"], values["adapter"], values["mt_model"] = with_demo_defaults(
        values.get("model"), values.get("adapter"), values.get("mt_model")
    )
    try:
        return _absolute(RunConfig(**values))
    except TypeError as exc:
        raise EnrichError(f"bad run configuration: {exc}") from None


def config_from_record(values: dict) -> RunConfig:
    """A RunConfig from its JSON form (a run manifest's "config"): lists back to tuples, [fetch] back to a policy.

    Manifests written by earlier releases may carry retired keys; they are dropped."""
    values = _aliased({k: v for k, v in values.items() if k not in RETIRED_KEYS}, None)
    fetch = {k: tuple(v) if isinstance(v, list) else v for k, v in (values.get("fetch") or {}).items()}
    unknown = sorted(set(values) - _fields(RunConfig)) + [
        f"fetch.{k}" for k in sorted(set(fetch) - _fields(FetchPolicy))
    ]
    if unknown:
        raise EnrichError(
            f"the run was recorded by a newer enrich (settings {unknown} are unknown here): upgrade enrich"
        )
    values["adapters"] = tuple(tuple(pair) for pair in values.get("adapters", ()))
    if values.get("catalog_columns") is not None:
        values["catalog_columns"] = tuple(values["catalog_columns"])
    values["fetch"] = FetchPolicy(**fetch)
    return _absolute(RunConfig(**values))


def with_catalog(config: RunConfig, catalog: str) -> RunConfig:
    """`config` reading another catalog (reprocess --catalog), whose folder its images may be under, like a run's."""
    return _absolute(dataclasses.replace(config, catalog=catalog))


def _fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def _absolute(config: RunConfig) -> RunConfig:
    """Local paths made absolute once, here: Ray workers do not share the driver's working directory."""

    def local(value: str | None) -> str | None:
        return str(Path(value).expanduser().resolve()) if value and Path(value).expanduser().exists() else value

    catalog = Path(config.catalog).expanduser().resolve()
    roots = (
        catalog if catalog.is_dir() else catalog.parent,
        *(Path(r).expanduser().resolve() for r in config.fetch.roots),
    )
    return dataclasses.replace(
        config,
        catalog=str(catalog),
        fetch=dataclasses.replace(config.fetch, roots=tuple(dict.fromkeys(map(str, roots)))),
        out=str(Path(config.out).expanduser().resolve()),
        questionnaire=str(Path(config.questionnaire).expanduser().resolve()),
        seller_map=str(Path(config.seller_map).expanduser().resolve()) if config.seller_map else None,
        model=local(config.model),
        adapter=local(config.adapter),
        mt_model=local(config.mt_model),
        adapters=tuple((name, local(where)) for name, where in config.adapters),
    )


def _read_job(path: Path) -> dict:
    try:
        data = tomllib.loads(read_toml_text(path, "job file"))
    except tomllib.TOMLDecodeError as exc:
        raise EnrichError(f"job file {path} is not valid TOML: {exc}") from None
    for key in sorted(set(data) & set(RETIRED_KEYS)):
        log.warning("job file %s: %s is retired and ignored: %s", path, key, RETIRED_KEYS[key])
        del data[key]
    data = _aliased(data, f"job file {path}: ")
    known = _fields(RunConfig)
    unknown = sorted(set(data) - known)
    if unknown:
        raise EnrichError(f"job file {path}: unknown keys {unknown}; known keys are {sorted(known)}")
    tables = {"fetch": "a [fetch] table", "adapters": 'an [adapters] table of name = "location"'}
    check_types(data, RunConfig, f"job file {path}: ", tables)
    for name, where in data.get("adapters", {}).items():
        _require(isinstance(where, str), f"job file {path}: [adapters] {name} must be a location string")
    for key in ("catalog", "out", "questionnaire", "seller_map"):
        if key in data:  # "" (an unset template variable) would name the job's own folder
            _require(data[key].strip() != "", f"job file {path}: {key} is empty; name a file, or remove the key")
            data[key] = str(path.parent / os.path.expanduser(data[key]))
    for key in ("model", "adapter", "mt_model"):
        if data.get(key):
            data[key] = _model_location(path, data[key])
    if "fetch" in data:  # [fetch] table; relative roots are job-relative
        data["fetch"] = _fetch_policy(path, data["fetch"])
    if "adapters" in data:  # [adapters] name = "location"
        data["adapters"] = tuple((name, _model_location(path, where)) for name, where in data["adapters"].items())
    return data


def _aliased(values: dict, where: str | None, spell=str) -> dict:
    """Each alias given sets the keys it stands for that are not given themselves, with a one-line notice that
    begins with `where` and spells keys as the user wrote them (job keys, --flags); where=None (a recorded run's
    configuration) says nothing."""
    values = dict(values)
    for alias, keys in ALIASES.items():
        value = values.pop(alias, None)
        if value is None:
            continue
        if where is not None:
            log.warning(
                "%s%s is deprecated and goes in the next release: it sets %s (%s); use those instead",
                where,
                spell(alias),
                " and ".join(map(spell, keys)),
                value,
            )
        for key in keys:
            if values.get(key) is None:
                values[key] = value
    return values


def _flag(key: str) -> str:
    return "--" + key.replace("_", "-")


def _fetch_policy(job: Path, table: dict) -> FetchPolicy:
    known = _fields(FetchPolicy)
    unknown = sorted(set(table) - known)
    if unknown:
        raise EnrichError(f"job file {job}: unknown [fetch] keys {unknown}; known keys are {sorted(known)}")
    check_types(table, FetchPolicy, f"job file {job}: [fetch] ")
    table = {k: tuple(v) if isinstance(v, list) else v for k, v in table.items()}
    table["roots"] = tuple(str(job.parent / os.path.expanduser(r)) for r in table.get("roots", ()))
    try:
        return FetchPolicy(**table)
    except TypeError as exc:
        raise EnrichError(f"job file {job}: bad [fetch] table: {exc}") from None


def _model_location(job: Path, value: str) -> str:
    """Job-relative when it is a path; a hub id such as 'Salesforce/blip2-opt-2.7b' stays as it is."""
    local = job.parent / os.path.expanduser(value)
    return str(local) if value.startswith((".", "/", "~")) or local.exists() else value
