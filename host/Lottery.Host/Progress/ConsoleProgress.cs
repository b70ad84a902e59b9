using Spectre.Console;

namespace Lottery.Host.Progress;

/// <summary>
/// Runs a verb's work with progress bars when the output is the process' own interactive terminal, and with
/// its plain line output otherwise (CI, pipes, files, tests that pass their own writer), which stays exactly
/// as it is without bars.
/// </summary>
public sealed class ConsoleProgress
{
    public T Show<T>(TextWriter output, Func<TextWriter, IProgressBoard, T> work)
    {
        if (!IsInteractive(output)) return work(output, SilentProgressBoard.Instance);
        var console = AnsiConsole.Console;
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                using var lines = new ConsoleLineWriter(console);
                return work(lines, new SpectreProgressBoard(context));
            });
    }

    private static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && AnsiConsole.Profile.Capabilities.Interactive;
}
