"""Gazetteer files read through importlib.resources; see PROVENANCE.md."""
