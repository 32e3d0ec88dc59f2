"""Retrieval: the index (dense + sparse + chunk store), fusion, query understanding, answerers."""
