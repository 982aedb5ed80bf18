# Helper package for cli/ programs.
