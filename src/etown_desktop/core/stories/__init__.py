"""Stories: slide decks kept as data (``stories`` and ``story_slides`` tables), Qt-free.

A slide names what it shows (figures, a chart, a cluster, a reform, a company, a plan, the sources);
every value on it is read from the figures table, never typed into the story.
"""
