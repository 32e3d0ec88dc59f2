"""The answer layer: extractive and LLM answers, grounding, and how citations are chosen."""
