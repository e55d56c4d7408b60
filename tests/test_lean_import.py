"""spaCy imported without its command line (`nlp.lean_import`) is whole for everything else."""
from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from dispatch_cli.nlp.lean_import import import_spacy
spacy = import_spacy()
assert "typer" not in sys.modules and "requests" not in sys.modules, "the command line was imported"
assert "spacy.cli" not in sys.modules and "cli" not in vars(spacy)
nlp = spacy.blank("fr")
assert [t.text for t in nlp("Le ministre a reçu l'ambassadeur.")][-2:] == ["ambassadeur", "."]
import spacy.cli
assert callable(spacy.cli.download)
assert isinstance(spacy.info(), dict)
assert import_spacy() is spacy
print("ok")
"""


def test_spacy_without_its_command_line_then_with_it():
    proc = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
