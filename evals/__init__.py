"""Evaluation: the gold set, its metrics, the baselines and the `scrutineer eval` runner."""
