"""Places: the gazetteer of Jilin's regions, former units, towns and zones, and the park reference."""
