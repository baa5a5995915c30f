"""pytest configuration shared by every test module.

Under CI (the ``CI`` environment variable set, as ``.ci/run`` does), Hypothesis runs derandomized and
without its example database: whether a change lands is decided by the code, not by the draw. Local
runs keep drawing new examples, which is where the property tests find bugs.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
