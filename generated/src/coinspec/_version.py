"""The version of this coinspec distribution: the repository's VERSION file. Generated; do not edit."""

__version__ = "0.1.0"
