#!/usr/bin/env python
"""Validate the blind86 case set (ids s70a-NN, s70e-NN, s70m-NN): the checks are those of
../validate_cases.py, which the validators of set15 onwards share (see its docstring). -v lists
weekdays written without a date and number-word warnings."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from validate_cases import EXTRA_ISO, main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, 86, EXTRA_ISO))
