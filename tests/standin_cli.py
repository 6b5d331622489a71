"""`python tests/standin_cli.py pool|worker ARGS`: the enrich command line with the model side stood in.

- `pool`: no Ray and no model (enrich.lab.standin.StandinPool), for the kill -9 tests of the commit path: every
  step they kill at is the driver's, so the real planning, commit, publish and compaction run, and only the
  enriching is made up.
- `worker`: the real Ray pool and actors, whose engine is stood in (StandinShardProcessor), for the tests of
  worker crashes, poison items and stalls: an actor restarts in about a second instead of reloading torch.
"""

import sys

import enrich.pool
import enrich.worker
from enrich.cli import main
from enrich.lab.standin import StandinPool, StandinShardProcessor

if __name__ == "__main__":
    if sys.argv.pop(1) == "pool":
        enrich.pool.ShardPool = StandinPool  # what the runner makes when it is given no pool
    else:
        enrich.worker.ShardProcessor = StandinShardProcessor  # what the pool's actors are made of
    main()
