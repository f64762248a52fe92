import GridPlanCLI
import LinearAlgebra

HugePages.reexecuteWithHugePagesIfAsked()
GridPlanCommand.main()
