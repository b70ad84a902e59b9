namespace Lottery.Host.Tests.BadInput;

/// <summary>
/// Every bad input the host is checked against, by name: the one list (docs/configuration.md, "Errors", summarises
/// it). The cases are grouped by what is wrong, one file per group: the command line and configuration files,
/// values, strategies, data files, and run directories.
/// </summary>
internal static partial class BadInputCases
{
    public static IReadOnlyDictionary<string, BadInputCase> All { get; } =
        CommandLineAndFiles().Concat(Values()).Concat(Strategies()).Concat(DataFiles()).Concat(RunDirectories())
            .ToDictionary(entry => entry.Name, entry => entry.Case);
}
