"""Probe cases, one module per field family; each module defines ``PROBES``."""
