"""Ground floor: the typed values, errors, settings and text tools every layer shares."""
