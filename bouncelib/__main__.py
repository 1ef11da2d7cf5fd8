"""``python -m bouncelib``: the same as the ``bouncelib`` console script."""

from bouncelib.cli import main

raise SystemExit(main())
