# Helper found only through PYTHONPATH in cli/env_vars.py.
WHERE = "found via PYTHONPATH"
