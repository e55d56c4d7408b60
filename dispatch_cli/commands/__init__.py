"""One module per `dispatch` subcommand."""
