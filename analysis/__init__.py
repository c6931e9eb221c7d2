"""pandas analyses over the store, exports, charts, the HTML report and Datasette metadata."""
