"""The source reader: the cited paragraph as a quote, the whole article, and citations."""
