# Helper: another portion of the namespace package nspkg.
NAME = "beta from portion b"
