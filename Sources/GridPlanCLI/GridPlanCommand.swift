import ArgumentParser

/// `gridplan`: grid and renewable-integration planning on an interior-point LP solver.
public struct GridPlanCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "gridplan",
    abstract: "Grid and renewable-integration planning: hourly dispatch LPs solved by GridPlan's own interior-point "
      + "solver.",
    discussion: """
      Start with `gridplan run` (the default network, Networks/inner-mongolia, for a full year) and look at \
      Results/inner-mongolia/summary.csv; `gridplan plot Results/inner-mongolia` draws it.

      Examples:
        a winter week:
          gridplan run --hours 168 --start 2024-01-15T00:00
        a scenario (Networks/inner-mongolia/scenarios/):
          gridplan run --scenario mengxi-bth
        two scenarios, applied in order:
          gridplan run --scenario mengxi-bth --scenario mengxi-bth-surplus
        storage sizes in batch, one row per point:
          gridplan sweep --at XLG --power 0,5000,10000 --duration 4
        the smallest storage that meets a target:
          gridplan size --at XLG --target 'curtailment(XLG)<=0.1'
        the same study as a PyPSA CSV folder:
          gridplan export --format pypsa Networks/inner-mongolia out/week --hours 168
        MATPOWER DC optimal power flow:
          gridplan dcopf case5.m
        any LP in MPS format:
          gridplan solve model.mps --staged

      `gridplan help <subcommand>` explains each command, its options and its output files.


      """ + GridPlanExitCode.help,
    version: "0.1.0",
    subcommands: [
      RunCommand.self, SweepCommand.self, MergeCommand.self, SizeCommand.self, PlotCommand.self, ValidateCommand.self,
      ProfilesCommand.self, ExportCommand.self, ImportCommand.self, DCOPFCommand.self, SolveCommand.self,
    ]
  )

  public init() {}
}
