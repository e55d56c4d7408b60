"""`python -m dispatch_cli` runs the `dispatch` command."""
from dispatch_cli.cli import main

if __name__ == "__main__":
    main()
