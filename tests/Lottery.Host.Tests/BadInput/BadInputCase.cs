namespace Lottery.Host.Tests.BadInput;

/// <summary>One bad input and what the host must answer to it.</summary>
/// <param name="Arrange">Breaks the workspace as the case needs (crafted files, earlier runs) and returns the failing run's command line.</param>
/// <param name="ExitCode">2 for a configuration or usage error found before any work, 1 for a failure while running.</param>
/// <param name="Message">Fragments the one error line must hold: the key or file, the value, what was expected ({root}, {mnist}, {run}, {pid} filled in).</param>
/// <param name="KeptLevels">Complete levels after the failing run: those complete before it, each file unchanged, and those it finished before failing.</param>
/// <param name="OwnProcess">Run the built host as a process of its own rather than its entry point in the test process.</param>
internal sealed record BadInputCase(Func<BadInputWorkspace, string[]> Arrange, int ExitCode, string[] Message, int KeptLevels = 0, bool OwnProcess = false)
{
    /// <summary>2: a configuration or usage error, reported before any work starts.</summary>
    public const int UsageError = 2;

    /// <summary>1: a failure while running (a bad file, a diverging level), reported where it is found.</summary>
    public const int RunFailure = 1;

    /// <summary>A case that needs nothing but these overrides of the tiny experiment.</summary>
    public static BadInputCase Overrides(string[] overrides, int exitCode, params string[] message) =>
        new(workspace => workspace.Arguments(overrides), exitCode, message);
}
