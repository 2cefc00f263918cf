"""Contract tests of the generated coinspec package."""
