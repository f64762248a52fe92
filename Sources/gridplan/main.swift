import GridPlanCLI
import LinearAlgebra

HugePages.reexecuteWithHugePages()
GridPlanCommand.main()
