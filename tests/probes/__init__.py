"""The probe bank: one wording or layout per case, rendered by the tests, with its expected values.

Cases live in ``probes/cases/<family>.py`` as ``PROBES`` lists (see ``spec.py``); the test
``test_probes.py`` and ``bench/probes.py`` (accuracy per family) run them all.
"""
