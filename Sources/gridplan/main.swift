import GridPlanCLI
GridPlanCommand.main()
