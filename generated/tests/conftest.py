"""Contract tests of coinspec.atomic, coinspec.coinjoin, coinspec.cryptocoinpro, coinspec.hodlhodl, coinspec.swapgate.

``--base-url URL`` runs one service's file against a live server instead of the mock.
"""

from coinspec.testing.contract import *  # noqa: F403  (the plugin: --base-url, live_url)
