from __future__ import annotations, generator_stop
x: int = 1
from __future__ import division
