"""fkcheck: checks regional skilled-labour alliances against the Saxon Fachkräfterichtlinie."""

__version__ = "0.1.0"
