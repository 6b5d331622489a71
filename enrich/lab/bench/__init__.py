"""`enrich bench`: measurements made on the machine they run on, never estimated.

- engine.py: the reference and the default engine on the same images and model, and `enrich run` end to end;
- store.py: the output store at scale against plain Parquet read by plain DuckDB;
- colors.py: pixel colors against a labelled set of real photos.
"""
