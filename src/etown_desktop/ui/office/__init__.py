"""PowerPoint and Word exports in the app: the chart pictures of a Word brief, the menu/button glue."""
