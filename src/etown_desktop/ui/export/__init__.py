"""Exports that need Qt: charts to PNG/SVG/PDF, the fact sheet PDF, clipboard and print glue."""
