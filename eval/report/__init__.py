"""Reports from run folders only: tables, statistics, HTML, plot, the CI gate."""
