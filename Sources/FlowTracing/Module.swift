// FlowTracing: see the module's files.
