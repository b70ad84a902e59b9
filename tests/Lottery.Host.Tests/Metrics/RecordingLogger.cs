using Lottery.Host.Metrics;
using Microsoft.Extensions.Logging;

namespace Lottery.Host.Tests.Metrics;

/// <summary>Keeps the warnings (and worse) the metrics export logs, formatted as a user would read them.</summary>
internal sealed class RecordingLogger : ILogger<MetricsExport>
{
    private readonly List<string> warnings = [];

    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (warnings) return warnings.ToList();
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning) lock (warnings) warnings.Add(formatter(state, exception));
    }
}
