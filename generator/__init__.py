"""coinspec's generator: specs/*.yaml -> validated IR -> generated/ (see DESIGN.md)."""
