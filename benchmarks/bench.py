"""Benchmark `dispatch` against bare spaCy on the same texts, on one machine, in one run.

    python benchmarks/bench.py [--docs N] [--repeat R] [--corpus DIR]

Measures, on the dev corpus repeated to N documents (400 by default):

- bare spaCy: `spacy.load("fr_core_news_md")` then `list(nlp.pipe(texts))`, every component
  on (what one would write without this tool), timed inside its process (the pipe alone)
  and as a whole process (start, load, pipe);
- `dispatch` in-process: `DispatchParser().pipe(...)` and `jsonio.to_json` of each record;
- `dispatch parse DIR -o OUT -q` as a process, with `--workers 1` and `--workers 2`;
- cold start: `dispatch parse ONE.txt` against `python -c "import spacy; spacy.load(...)"`,
  and `dispatch --help`, `dispatch --version`;
- peak memory (maximum resident set) of `dispatch parse DIR -o OUT --workers 1` for 100 and
  for 2,000 documents, each in a fresh process;
- peak memory of the whole process tree of `dispatch parse DIR -o OUT --workers 1` and
  `--workers 2` (sums of PSS and of RSS, sampled from /proc: the forked workers share the
  pipeline's pages with the batch process, which RSS counts once per process and PSS once).
- long documents: one paragraph of dense prose (the corpus's texts, their line breaks made
  spaces) of 25 k, 50 k, 100 k and 1 M characters, each through the batch path of `dispatch
  parse FILE --jsonl` (`batch.runner.run_batch`: reading, decoding, parsing, JSON, writing)
  in a fresh process whose pipeline is loaded first, so that the time per character
  leaves the load out. `--only long` runs this part alone.

Every timing is run `--repeat` times and the median is reported; the runs of the things
compared are interleaved (A B C A B C ...) so that a change of load on the shared machine
hits all of them. Besides the wall time, each run's CPU time (user + system, of the process
and its children, the workers of `--workers 2` included) is reported:
it hardly depends on the machine's load, so it tells more work from less processor. Each
in-process measurement runs in a fresh child process (this script, called with `--child`),
so one pipeline's memory or warm caches never favour another.

Progress goes to stderr; stdout gets the machine description and a Markdown table.
The package is compiled to bytecode first, as `pip install .` leaves it.
Standard library only, plus spaCy and `dispatch_cli` for the in-process children.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MODEL = "fr_core_news_md"
SAMPLE = REPO / "samples" / "nato-dialogue-brussels.txt"
MEMORY_SIZES = (100, 2000)

# Targets.
MIN_THROUGHPUT_RATIO = 1.0  # dispatch docs/s over bare spaCy docs/s
MIN_WORKERS_SPEEDUP = 1.8  # --workers 2 over --workers 1
MAX_WORKERS_MEMORY = 1.6  # memory (sum of PSS) of --workers 2 over --workers 1
MAX_FAST_COMMAND = 0.3  # seconds, dispatch --help / --version
MAX_COLD_START_EXTRA = 0.5  # seconds over the bare load
MAX_MEMORY_GROWTH = 1.2  # peak RSS for 2,000 docs over 100 docs
LONG_SIZES = (25_000, 50_000, 100_000, 1_000_000)  # characters of one paragraph
MAX_LONG_GROWTH = 1.5  # time per character of the longest text over that of the shortest


# ---------------------------------------------------------------- children


def _read_texts(folder: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]


def child_bare(folder: str) -> dict[str, float]:
    """What a user would write: load the model, run every text through it."""
    texts = _read_texts(folder)
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(MODEL)
    t1, c1 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts))
    t2, c2 = time.perf_counter(), time.process_time()
    assert len(docs) == len(texts)
    return {"load": t1 - t0, "work": t2 - t1, "work_cpu": c2 - c1, "docs": len(docs)}


def child_dispatch(folder: str) -> dict[str, float]:
    """dispatch's whole job in one process: parse every text and serialize its record."""
    texts = _read_texts(folder)
    t0 = time.perf_counter()
    from dispatch_cli.api import DispatchParser, InputText
    from dispatch_cli.records.jsonio import to_json

    parser = DispatchParser()
    t1, c1 = time.perf_counter(), time.process_time()
    out = [to_json(r.to_dict(), pretty=True) for r in parser.pipe(InputText(text=t) for t in texts)]
    t2, c2 = time.perf_counter(), time.process_time()
    assert len(out) == len(texts)
    return {"load": t1 - t0, "work": t2 - t1, "work_cpu": c2 - c1, "docs": len(out)}


def child_long(path: str) -> dict[str, float]:
    """One long text through the batch path, the pipeline loaded beforehand; besides the
    whole, the CPU time of each of `STAGES`, which run on the whole Doc."""
    from dispatch_cli.batch.runner import run_batch
    from dispatch_cli.batch.work import BatchOptions, shared_parser

    t0 = time.perf_counter()
    nlp = shared_parser().nlp
    spent = dict.fromkeys(STAGES, 0.0)
    for i, (name, proc) in enumerate(nlp._components):
        if name in spent:
            nlp._components[i] = (name, _timed(name, proc, spent))
    t1, c1 = time.perf_counter(), time.process_time()
    with open(os.devnull, "wb") as out:
        summary = run_batch(BatchOptions(paths=(path,)), out)
    t2, c2 = time.perf_counter(), time.process_time()
    assert summary.parsed == 1, summary
    return {"load": t1 - t0, "work": t2 - t1, "work_cpu": c2 - c1, **spent}


# Document-level components of the spaCy layer timed apart in the long documents: they
# compare mentions across the whole text (being rewritten; see the README's Performance).
STAGES = ("dispatch_coreference", "dispatch_events")


def _timed(name: str, proc: Callable[[object], object], spent: dict[str, float]) -> Callable[[object], object]:
    def run(doc: object) -> object:
        started = time.process_time()
        try:
            return proc(doc)
        finally:
            spent[name] += time.process_time() - started

    return run


def long_text(sources: list[Path], chars: int) -> str:
    """One paragraph of `chars` characters (cut at a space): the texts' words in order,
    repeated as needed, their line breaks made spaces."""
    words = " ".join(p.read_text(encoding="utf-8") for p in sources).split()
    parts: list[str] = []
    size = 0
    while size < chars:
        for word in words:
            parts.append(word)
            size += len(word) + 1
            if size >= chars:
                break
    return " ".join(parts)[:chars].rsplit(" ", 1)[0] + "\n"


def child_peak_rss(cmd: list[str]) -> dict[str, float]:
    """Run `cmd` and return its peak resident set size, in MiB (this process has no other
    child, so RUSAGE_CHILDREN is exactly that of `cmd` and its own children)."""
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    return {"peak_mib": kib / 1024}


def tree_memory(cmd: list[str], interval: float = 0.1) -> dict[str, float]:
    """Run `cmd` and sample, every `interval` seconds, the resident memory of its whole
    process tree (the command and every process below it); return the peaks of the sums, in
    MiB: `rss` (each process's resident set, shared pages counted in every process that maps
    them) and `pss` (proportional set size: a page shared by k processes counts 1/k in
    each, so the sum is the memory the tree really holds; Linux's /proc/PID/smaps_rollup).
    Forked workers share the pipeline's pages with their parent: their RSS counts those pages
    again, their PSS does not."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = {"rss": 0.0, "pss": 0.0}
    while proc.poll() is None:
        total = {"rss": 0.0, "pss": 0.0}
        for pid in _tree(proc.pid):
            for key, kib in _rollup(pid).items():
                total[key] += kib / 1024
        for key in peak:
            peak[key] = max(peak[key], total[key])
        time.sleep(interval)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return peak


def _tree(root: int) -> list[int]:
    """`root` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _rollup(pid: int) -> dict[str, float]:
    """Rss and Pss of one process, in KiB (empty when it is gone)."""
    out: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key.lower()] = float(value.split()[0])
    except OSError:
        pass
    return out


CHILDREN: dict[str, Callable[[str], dict[str, float]]] = {"bare": child_bare, "dispatch": child_dispatch,
                                                          "long": child_long}


# ---------------------------------------------------------------- the parent


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def find_corpus(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    shared = os.environ.get("DISPATCH_SHARED")
    if shared:
        return Path(shared) / "corpus" / "dev"
    return REPO.parent / "shared" / "corpus" / "dev"


def dispatch_exe() -> str:
    """The `dispatch` script of the running Python's environment, else the one on PATH."""
    beside = Path(sys.executable).parent / "dispatch"
    found = str(beside) if beside.exists() else shutil.which("dispatch")
    if not found:
        sys.exit("error: no `dispatch` command: install the project first (pip install -e .)")
    return found


def write_texts(sources: list[Path], n: int, folder: Path) -> None:
    """The corpus, repeated in order to `n` files, with unique names (one output each)."""
    folder.mkdir(parents=True)
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"{i:05d}-{src.name}")


def run_wall(cmd: list[str]) -> dict[str, float]:
    """Wall time of a process, and the CPU time (user + system) it and its children used.

    The CPU time hardly depends on what else the machine runs, so it says whether a slow
    wall time is more work or only less of the processor."""
    before = _children_cpu()
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    return {"wall": wall, "cpu": _children_cpu() - before}


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_child(kind: str, folder: Path) -> dict[str, float]:
    """A fresh process running one in-process measurement; its wall time is added."""
    before = _children_cpu()
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, __file__, "--child", kind, str(folder)],
                         check=True, stdout=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    data = json.loads(res.stdout)
    data.update(wall=wall, cpu=_children_cpu() - before)
    return data


def run_cli_batch(exe: str, folder: Path, workers: int, scratch: Path) -> dict[str, float]:
    out = Path(tempfile.mkdtemp(prefix="out-", dir=scratch))
    try:
        return run_wall([exe, "parse", str(folder), "-o", str(out), "-q", "--workers", str(workers)])
    finally:
        shutil.rmtree(out)


def peak_rss(exe: str, folder: Path, scratch: Path) -> float:
    out = Path(tempfile.mkdtemp(prefix="out-", dir=scratch))
    try:
        cmd = [exe, "parse", str(folder), "-o", str(out), "-q", "--workers", "1"]
        res = subprocess.run([sys.executable, __file__, "--child-rss", "--", *cmd],
                             check=True, stdout=subprocess.PIPE, text=True)
        return json.loads(res.stdout)["peak_mib"]
    finally:
        shutil.rmtree(out)


def interleaved(runs: dict[str, Callable[[], dict[str, float]]], repeat: int) -> dict[str, list]:
    """Run each callable `repeat` times, in turn: A B C A B C ..."""
    results: dict[str, list] = {name: [] for name in runs}
    for r in range(repeat):
        for name, fn in runs.items():
            value = fn()
            results[name].append(value)
            log(f"  run {r + 1}/{repeat} {name}: {_short(value)}")
    return results


def _short(value: dict[str, float]) -> str:
    return ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in value.items())


def median_of(values: list[dict[str, float]], key: str = "wall") -> float:
    return statistics.median(v[key] for v in values)


def machine() -> dict[str, str]:
    import spacy

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cores": f"{os.cpu_count()} logical, {usable} usable" + (f" ({cpu})" if cpu else ""),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "platform": platform.platform(),
    }


def verdict(ok: bool) -> str:
    return "holds" if ok else "**does not hold**"


def compile_package() -> None:
    """Compile `dispatch_cli` to bytecode, as `pip install .` does: an editable install (or
    PYTHONDONTWRITEBYTECODE) would otherwise make every measured start compile the package's
    sources again, which no installed tool does."""
    import compileall

    import dispatch_cli

    compileall.compile_dir(str(Path(dispatch_cli.__file__).parent), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=400, help="documents per throughput run (default 400)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each timing; the median is kept (default 3)")
    ap.add_argument("--corpus", help="folder of *.txt (default: $DISPATCH_SHARED/corpus/dev or ../shared/corpus/dev)")
    ap.add_argument("--only", choices=["long"], help="run only this part: long, the long documents")
    ap.add_argument("--long-repeat", type=int, default=1,
                    help="runs of each long document; the median is kept (default 1: the 1 M one takes minutes)")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "DIR"), help=argparse.SUPPRESS)
    ap.add_argument("--child-rss", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("cmd", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](args.child[1])))
        return
    if args.child_rss:
        print(json.dumps(child_peak_rss(args.cmd)))
        return

    corpus = find_corpus(args.corpus)
    sources = sorted(corpus.glob("*.txt"))
    if not sources:
        sys.exit(f"error: {corpus}: no *.txt files (give --corpus DIR or set DISPATCH_SHARED)")
    if args.docs < 1 or args.repeat < 1:
        sys.exit("error: --docs and --repeat must be at least 1")
    exe = dispatch_exe()
    compile_package()
    n = args.docs
    load_before = os.getloadavg()
    started = time.monotonic()

    if args.only == "long":
        with tempfile.TemporaryDirectory(prefix="dispatch-bench-") as tmp:
            rows, sizes = long_rows(sources, Path(tmp), args.long_repeat)
        print_report(corpus, sources, load_before, started,
                     f"Texts: one paragraph made of the {len(sources)} texts of {corpus.name}/, "
                     f"of {sizes}; median of {args.long_repeat} run(s).", rows)
        return

    with tempfile.TemporaryDirectory(prefix="dispatch-bench-") as tmp:
        scratch = Path(tmp)
        texts = scratch / f"docs-{n}"
        write_texts(sources, n, texts)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in texts.glob("*.txt"))
        log(f"{n} documents ({chars:,} characters) from {corpus} ({len(sources)} texts), in {texts}")

        # Untimed warm-up: the model's files and the project's modules in the page cache.
        log("warm-up")
        run_wall([sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"])
        run_wall([exe, "parse", str(SAMPLE)])

        log(f"throughput, {n} documents, {args.repeat} runs each, interleaved")
        thr = interleaved({
            "bare spaCy": lambda: run_child("bare", texts),
            "dispatch in-process": lambda: run_child("dispatch", texts),
            "dispatch CLI --workers 1": lambda: run_cli_batch(exe, texts, 1, scratch),
            "dispatch CLI --workers 2": lambda: run_cli_batch(exe, texts, 2, scratch),
        }, args.repeat)

        log(f"cold start, {args.repeat} runs each, interleaved")
        cold = interleaved({
            "bare load": lambda: run_wall([sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]),
            "dispatch parse one file": lambda: run_wall([exe, "parse", str(SAMPLE)]),
            "dispatch --help": lambda: run_wall([exe, "--help"]),
            "dispatch --version": lambda: run_wall([exe, "--version"]),
        }, args.repeat)

        log("peak memory, one fresh process per batch")
        mem: dict[int, float] = {}
        for size in MEMORY_SIZES:
            folder = scratch / f"mem-{size}"
            write_texts(sources, size, folder)
            mem[size] = peak_rss(exe, folder, scratch)
            log(f"  {size} documents: {mem[size]:.1f} MiB")
            shutil.rmtree(folder)

        log(f"memory of the process tree, {n} documents, --workers 1 and 2")
        tree = {}
        for workers in (1, 2):
            out = Path(tempfile.mkdtemp(prefix="out-", dir=scratch))
            tree[workers] = tree_memory([exe, "parse", str(texts), "-o", str(out), "-q", "--workers", str(workers)])
            shutil.rmtree(out)
            log(f"  --workers {workers}: {_short(tree[workers])}")
        long, sizes = long_rows(sources, scratch, args.long_repeat)

    # ---- figures
    bare_pipe = n / median_of(thr["bare spaCy"], "work")
    bare_proc = n / median_of(thr["bare spaCy"], "wall")
    bare_load_in = median_of(thr["bare spaCy"], "load")
    inproc = n / median_of(thr["dispatch in-process"], "work")
    inproc_load = median_of(thr["dispatch in-process"], "load")
    w1 = n / median_of(thr["dispatch CLI --workers 1"])
    w2 = n / median_of(thr["dispatch CLI --workers 2"])
    bare_load = median_of(cold["bare load"])
    one_file = median_of(cold["dispatch parse one file"])
    help_s = median_of(cold["dispatch --help"])
    version_s = median_of(cold["dispatch --version"])
    growth = mem[MEMORY_SIZES[1]] / mem[MEMORY_SIZES[0]]

    cpu = {name: median_of(runs, "cpu") for name, runs in (*thr.items(), *cold.items())}
    bare_pipe_cpu = median_of(thr["bare spaCy"], "work_cpu")
    inproc_cpu = median_of(thr["dispatch in-process"], "work_cpu")

    rows = [
        ("bare spaCy `nlp.pipe`, all components (in its process, load excluded)",
         f"{bare_pipe:.1f} docs/s; CPU {bare_pipe_cpu:.1f} s", "reference", ""),
        ("bare spaCy whole process (start, `spacy.load`, `nlp.pipe`)",
         f"{bare_proc:.1f} docs/s; CPU {cpu['bare spaCy']:.1f} s", "reference", ""),
        ("dispatch in-process `DispatchParser().pipe` + `to_json`",
         f"{inproc:.1f} docs/s = {inproc / bare_pipe:.2f} × bare `nlp.pipe`; "
         f"CPU {inproc_cpu:.1f} s = {inproc_cpu / bare_pipe_cpu:.2f} × bare",
         f"≥ {MIN_THROUGHPUT_RATIO:.1f} ×", verdict(inproc / bare_pipe >= MIN_THROUGHPUT_RATIO)),
        ("`dispatch parse DIR -o OUT -q --workers 1` (whole process)",
         f"{w1:.1f} docs/s = {w1 / bare_proc:.2f} × bare whole process; "
         f"CPU {cpu['dispatch CLI --workers 1']:.1f} s = "
         f"{cpu['dispatch CLI --workers 1'] / cpu['bare spaCy']:.2f} × bare",
         f"≥ {MIN_THROUGHPUT_RATIO:.1f} ×", verdict(w1 / bare_proc >= MIN_THROUGHPUT_RATIO)),
        ("the same against bare `nlp.pipe` alone (dispatch pays its start and load, spaCy does not)",
         f"{w1 / bare_pipe:.2f} ×", f"≥ {MIN_THROUGHPUT_RATIO:.1f} ×", verdict(w1 / bare_pipe >= MIN_THROUGHPUT_RATIO)),
        ("`dispatch parse DIR -o OUT -q --workers 2` (whole process)",
         f"{w2:.1f} docs/s = {w2 / w1:.2f} × `--workers 1`; CPU {cpu['dispatch CLI --workers 2']:.1f} s",
         f"≥ {MIN_WORKERS_SPEEDUP:.1f} ×", verdict(w2 / w1 >= MIN_WORKERS_SPEEDUP)),
        ("the most `--workers 2` can give over `--workers 1` with this serial start (Amdahl: "
         "start S = cold start of one file, parsing P = the rest of `--workers 1`; (S + P) / (S + P/2))",
         f"{_two_worker_bound(n / w1, one_file):.2f} × (S {one_file:.1f} s, P {n / w1 - one_file:.1f} s)",
         "information", ""),
        ("peak memory of all processes, `--workers 1` / `--workers 2` (sum of PSS; of RSS)",
         f"{tree[1]['pss']:.0f} / {tree[2]['pss']:.0f} MiB = {tree[2]['pss'] / tree[1]['pss']:.2f} ×; "
         f"RSS {tree[1]['rss']:.0f} / {tree[2]['rss']:.0f} MiB = {tree[2]['rss'] / tree[1]['rss']:.2f} ×",
         f"≤ {MAX_WORKERS_MEMORY} × (PSS)", verdict(tree[2]["pss"] / tree[1]["pss"] <= MAX_WORKERS_MEMORY)),
        ("`dispatch --help`", f"{help_s:.3f} s", f"≤ {MAX_FAST_COMMAND} s", verdict(help_s <= MAX_FAST_COMMAND)),
        ("`dispatch --version`", f"{version_s:.3f} s", f"≤ {MAX_FAST_COMMAND} s",
         verdict(version_s <= MAX_FAST_COMMAND)),
        (f"bare load `python -c \"import spacy; spacy.load('{MODEL}')\"`",
         f"{bare_load:.3f} s; CPU {cpu['bare load']:.2f} s", "reference", ""),
        (f"`dispatch parse samples/{SAMPLE.name}` (cold start, one file)",
         f"{one_file:.3f} s = bare load + {one_file - bare_load:.3f} s; "
         f"CPU {cpu['dispatch parse one file']:.2f} s = "
         f"bare + {cpu['dispatch parse one file'] - cpu['bare load']:.2f} s",
         f"≤ bare load + {MAX_COLD_START_EXTRA} s", verdict(one_file - bare_load <= MAX_COLD_START_EXTRA)),
        ("(inside the processes: `spacy.load` / `DispatchParser()`)",
         f"{bare_load_in:.3f} s / {inproc_load:.3f} s", "information", ""),
        (f"peak RSS, `dispatch parse` of {MEMORY_SIZES[0]} docs, `-o DIR --workers 1`",
         f"{mem[MEMORY_SIZES[0]]:.1f} MiB", "reference", ""),
        (f"peak RSS, `dispatch parse` of {MEMORY_SIZES[1]:,} docs, `-o DIR --workers 1`",
         f"{mem[MEMORY_SIZES[1]]:.1f} MiB = {growth:.2f} × {MEMORY_SIZES[0]} docs",
         f"≤ {MAX_MEMORY_GROWTH} ×", verdict(growth <= MAX_MEMORY_GROWTH)),
    ]

    print_report(corpus, sources, load_before, started,
                 f"Texts: the {len(sources)} texts of {corpus.name}/ repeated to {n} documents ({chars:,} characters); "
                 f"median of {args.repeat} interleaved runs; long documents of {sizes}, "
                 f"median of {args.long_repeat} run(s).", rows + long)


def _two_worker_bound(one_worker_wall: float, start: float) -> float:
    """The most two workers can gain over one (Amdahl's law) when `start` seconds of the
    one-worker run (the interpreter, imports, the pipeline's load) happen once, before any
    worker can parse, and the rest divides evenly between the two."""
    parsing = max(one_worker_wall - start, 0.0)
    return one_worker_wall / (start + parsing / 2)


def long_rows(sources: list[Path], scratch: Path, repeat: int) -> tuple[list[tuple[str, str, str, str]], str]:
    """Time one paragraph of each of `LONG_SIZES` characters through the batch path (see
    `child_long`); the rows of the report, and the sizes in words."""
    log(f"long documents, {repeat} run(s) each, a fresh process each")
    runs: dict[int, list[dict[str, float]]] = {}
    for size in LONG_SIZES:
        path = scratch / f"long-{size}.txt"
        path.write_text(long_text(sources, size), encoding="utf-8")
        runs[size] = []
        for r in range(repeat):
            runs[size].append(run_child("long", path))
            log(f"  {size:,} characters, run {r + 1}/{repeat}: {_short(runs[size][-1])}")
    per_char = {size: median_of(runs[size], "work") / size for size in LONG_SIZES}
    per_char_cpu = {size: median_of(runs[size], "work_cpu") / size for size in LONG_SIZES}
    stages = {size: {name: median_of(runs[size], name) for name in STAGES} for size in LONG_SIZES}
    rest_cpu = {size: (median_of(runs[size], "work_cpu") - sum(stages[size].values())) / size for size in LONG_SIZES}
    rows = [(f"one paragraph of {size:,} characters, `dispatch parse FILE --jsonl` (batch path, load excluded)",
             f"{median_of(runs[size], 'work'):.1f} s = {per_char[size] * 1e6:.1f} µs/char; "
             f"CPU {median_of(runs[size], 'work_cpu'):.1f} s = {per_char_cpu[size] * 1e6:.1f} µs/char, of which "
             + ", ".join(f"`{name}` {spent:.1f} s" for name, spent in stages[size].items()),
             "reference", "") for size in LONG_SIZES]
    small, large = LONG_SIZES[0], LONG_SIZES[-1]
    growth, growth_cpu = per_char[large] / per_char[small], per_char_cpu[large] / per_char_cpu[small]
    rows.append((f"time per character, {large:,} over {small:,} characters (linear: 1 ×)",
                 f"{growth:.2f} ×; CPU {growth_cpu:.2f} ×", f"≤ {MAX_LONG_GROWTH} × (CPU)",
                 verdict(growth_cpu <= MAX_LONG_GROWTH)))
    rows.append((f"the same without {' and '.join(f'`{name}`' for name in STAGES)} (CPU)",
                 f"{rest_cpu[large] / rest_cpu[small]:.2f} × ({rest_cpu[small] * 1e6:.1f} → "
                 f"{rest_cpu[large] * 1e6:.1f} µs/char)", f"≤ {MAX_LONG_GROWTH} ×",
                 verdict(rest_cpu[large] / rest_cpu[small] <= MAX_LONG_GROWTH)))
    return rows, ", ".join(f"{size:,}" for size in LONG_SIZES) + " characters"


def print_report(corpus: Path, sources: list[Path], load_before: tuple[float, float, float], started: float,
                 texts_line: str, rows: list[tuple[str, str, str, str]]) -> None:
    load_after = os.getloadavg()
    elapsed = time.monotonic() - started
    info = machine()
    print(f"Machine: {info['cores']}; Python {info['python']}; spaCy {info['spacy']}; {info['platform']}.")
    print(f"Load average (1, 5, 15 min): {_load(load_before)} before, {_load(load_after)} after; "
          f"run took {elapsed / 60:.1f} min.")
    print(texts_line)
    print()
    print("| Figure | Value | Target | Verdict |")
    print("|---|---|---|---|")
    for figure, value, target, ok in rows:
        print(f"| {figure} | {value} | {target} | {ok} |")


def _load(values: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    main()
