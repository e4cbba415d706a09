"""Human review of low-confidence values: a queue across output files (``queue``), decisions
stored beside each value (``decisions``), a terminal and a browser front end (``terminal``,
``web``), and export of reviewed outputs as gold files for the scorer (``gold``).

Nothing is imported here: the command line mounts ``review.commands`` at every start, and the
schema models behind ``decisions`` load only when a review runs."""
