using Microsoft.Extensions.Logging;

namespace Lottery.Host.Hosting;

/// <summary>
/// Log messages as the command line's own lines ("warning: ...", "error: ...") on the error writer the host was given,
/// so that everything the host says leaves by the writers Program.Run receives (tests read them in process).
/// </summary>
public sealed class WriterLoggerProvider(TextWriter error) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new WriterLogger(error);

    public void Dispose()
    {
    }

    private sealed class WriterLogger(TextWriter error) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var prefix = logLevel == LogLevel.Warning ? "warning" : "error";
            // Writers are not thread-safe; metrics and training may warn from different threads.
            lock (error) error.WriteLine($"{prefix}: {formatter(state, exception)}");
        }
    }
}
