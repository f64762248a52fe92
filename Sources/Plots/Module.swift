// Plots: see the module's files.
