#!/usr/bin/env python
"""Validate the blindNN case set (ids sNNa-NN, sNNe-NN, sNNm-NN): the checks are those of
validate_cases.py (see its docstring). -v lists weekdays written without a date and number-word
warnings."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from validate_cases import EXTRA_ISO, main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, NN, EXTRA_ISO))
