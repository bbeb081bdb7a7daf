"""The meeting brief: a take-away cart of figures, charts, companies, reforms and profile sections."""
