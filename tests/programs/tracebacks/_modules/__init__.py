# Helper package for tracebacks/ programs.
