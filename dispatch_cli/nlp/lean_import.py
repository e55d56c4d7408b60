"""Import spaCy without its command line.

`import spacy` runs `from .cli.info import info`, which imports spaCy's whole command line
(typer, weasel, requests, httpx, jinja2: about 0.4 s and 20 MiB) to export the one function
`spacy.info`. Nothing in spaCy's own runtime uses the command line, and neither does this
package; the start of every parse pays for it, and so does the serial part of a batch that
bounds what its workers gain.

`import_spacy` imports spaCy with two placeholder modules standing for `spacy.cli` and
`spacy.cli.info` while its package runs, then takes them away: a later `import spacy.cli`
imports the real command line, and `spacy.info` imports it when called. If spaCy's package
wants anything else from its command line (another version), the placeholders are dropped
and spaCy is imported as usual.
"""
from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported from spaCy's command line when called."""
    from spacy.cli.info import info as spacy_info

    return spacy_info(*args, **kwargs)


def import_spacy() -> ModuleType:
    """The `spacy` module, imported without its command line if it was not imported yet.

    Raises what `import spacy` raises (ImportError when spaCy is not installed).
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package = ModuleType(_CLI)
    package.__path__ = []  # a package with no submodule of its own: only `info` is asked for
    module = ModuleType(_INFO)
    module.info = info  # type: ignore[attr-defined]
    before = set(sys.modules)
    sys.modules[_CLI], sys.modules[_INFO] = package, module
    try:
        import spacy
    except ImportError:
        # spaCy's package wants more of its command line than `info`: import it as usual
        _drop_placeholders(package, module)
        for name in set(sys.modules) - before:
            if name == "spacy" or name.startswith("spacy."):
                del sys.modules[name]
        import spacy
    finally:
        _drop_placeholders(package, module)
    return spacy


def _drop_placeholders(package: ModuleType, module: ModuleType) -> None:
    for name, placeholder in ((_INFO, module), (_CLI, package)):
        if sys.modules.get(name) is placeholder:
            del sys.modules[name]
    loaded = sys.modules.get("spacy")
    if loaded is not None and loaded.__dict__.get("cli") is package:
        del loaded.__dict__["cli"]  # `import spacy.cli` then sets the real one
