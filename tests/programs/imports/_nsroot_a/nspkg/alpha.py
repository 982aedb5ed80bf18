# Helper: one portion of the namespace package nspkg.
NAME = "alpha from portion a"
