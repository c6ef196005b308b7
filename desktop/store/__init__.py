"""Storage: the only package that knows about SQL. The rest of the app uses its public API only:
``Store`` (``store.py``), the records it hands out (``records.py``) and its error types (``errors.py``)."""
