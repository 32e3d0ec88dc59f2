"""The service facade: the one object the CLI, the app and the evals call."""
