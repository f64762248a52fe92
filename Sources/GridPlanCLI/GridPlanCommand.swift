import ArgumentParser

/// `gridplan`: grid and renewable-integration planning on an interior-point LP solver.
public struct GridPlanCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "gridplan",
    abstract: "Grid and renewable-integration planning: hourly dispatch LPs solved by GridPlan's own interior-point "
      + "solver.",
    discussion: """
      Examples:
        gridplan solve model.mps                 solve any LP in (free or fixed) MPS format
        gridplan solve model.mps --staged        use the stage-structured backend (names ending in @<hour>)
        gridplan solve model.mps --solution out.csv
      """,
    version: "0.1.0",
    subcommands: [
      RunCommand.self, SweepCommand.self, MergeCommand.self, SizeCommand.self, PlotCommand.self, ValidateCommand.self,
      ProfilesCommand.self, ExportCommand.self, ImportCommand.self, DCOPFCommand.self, SolveCommand.self,
    ]
  )

  public init() {}
}
