import sys

from trd.cli import main

sys.exit(main())
