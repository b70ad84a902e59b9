using System.Globalization;
using Lottery.Host.Configuration;

namespace Lottery.Host.Sweeps;

/// <summary>
/// The command line that runs a point: this host's `run` with the sweep's own configuration files and overrides, then the
/// point's settings, at a given thread count, with its own metrics endpoint off (points running side by side would fight
/// over one port, and each would wait for a final scrape).
/// </summary>
public sealed class PointCommand(HostInvocation invocation)
{
    public IReadOnlyList<string> HostCommand => invocation.HostCommand();

    public IReadOnlyList<string> Arguments(SweepPoint point, int threads)
    {
        var arguments = new List<string> { "run" };
        foreach (var file in invocation.Arguments.ConfigFiles)
        {
            arguments.Add("--config");
            arguments.Add(Path.GetFullPath(file));
        }
        arguments.AddRange(invocation.Arguments.Overrides);
        arguments.AddRange(point.Overrides);
        arguments.Add(string.Create(CultureInfo.InvariantCulture, $"--Lottery:Threads={threads}"));
        arguments.Add("--Lottery:Metrics:Prometheus:Url=");
        return arguments;
    }

    /// <summary>The whole command, program first.</summary>
    public IReadOnlyList<string> Full(SweepPoint point, int threads) => [.. HostCommand, .. Arguments(point, threads)];
}
