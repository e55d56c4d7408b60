"""`python -m dispatch_cli` runs the `dispatch` command."""
from dispatch_cli.cli import run

if __name__ == "__main__":
    run()
