"""One search box over everything: figures, companies, clusters, reforms, targets, sources, profiles."""
