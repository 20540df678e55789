"""A large valid catalog for benchmarks: the real entries cloned with new ids."""

from __future__ import annotations

import yaml

from trd.catalog.loader import DEFAULT_CATALOG


def generated_catalog_text(entries: int) -> str:
    """YAML text of a catalog with ``entries`` entries; clone ``n`` of entry ``x`` has the id ``x-copy-n``."""
    real = yaml.load(DEFAULT_CATALOG.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    originals = real["treatments"]
    clones = []
    for index in range(entries):
        clone = dict(originals[index % len(originals)])
        clone["id"] = f"{clone['id']}-copy-{index}"
        clones.append(clone)
    real["treatments"] = clones
    return yaml.dump(real, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
