"""One module per bounce format; each defines ``DETECTOR`` (see `bouncelib._dsn.base.Detector`)."""
