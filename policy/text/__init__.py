"""Text: reading document files, normalising, clause trees and the metadata a text states (date, issuer,
subject, kind)."""
