"""`python tests/standin_cli.py ARGS`: the enrich command line with the model side stood in (no Ray, no model).

For the kill -9 tests of the commit path: every step they kill at is the driver's, so the real planning, commit,
publish and compaction run, and only the enriching is made up (enrich.lab.standin).
"""

import enrich.pool
from enrich.cli import main
from enrich.lab.standin import StandinPool

if __name__ == "__main__":
    enrich.pool.ShardPool = StandinPool  # what the runner makes when it is given no pool
    main()
