"""A file name given where the file belongs: its text would be uploaded as the document."""

from __future__ import annotations

from coinspec.cryptocoinpro import KycDocumentRequest

# expect: mypy[arg-type] pyright[reportArgumentType]
document = KycDocumentRequest(file="passport.pdf")
