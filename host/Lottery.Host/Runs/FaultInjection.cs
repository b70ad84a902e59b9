using System.Runtime.InteropServices;
using Lottery.Host.Configuration;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// A deterministic way to fail in the middle of writing a run file, for the reliability tests: the environment
/// variable <c>LOTTERY_FAULT=&lt;action&gt;:&lt;file&gt;</c>, read once per process, arms one fault that
/// <see cref="AtomicFile"/> (the single write path of run artifacts) triggers whenever it writes a file whose path
/// ends with <c>&lt;file&gt;</c> (a name, or trailing path segments such as <c>level_1/final.safetensors</c>).
/// Actions, both after about half of the file's bytes reached its temporary file:
/// <list type="bullet">
/// <item><c>kill-mid-write</c>: flush to disk, then SIGKILL this process (no cleanup runs, as after a power cut or the OOM killer).</item>
/// <item><c>enospc</c>: throw the <see cref="IOException"/> a full disk throws ("No space left on device").</item>
/// </list>
/// Unset (the normal case) it does nothing and costs nothing.
/// </summary>
public sealed class FaultInjection
{
    public const string Variable = "LOTTERY_FAULT";

    public const string KillMidWrite = "kill-mid-write";

    public const string NoSpace = "enospc";

    // Linux's (and macOS's) errno for a full disk; its strerror is what a real failed write reports.
    private const int Enospc = 28;

    private static readonly Lazy<FaultInjection?> Armed = new(() => Parse(Environment.GetEnvironmentVariable(Variable)));

    private FaultInjection(string action, string target)
    {
        Action = action;
        Target = target;
    }

    /// <summary>The fault this process was started with, or null. A malformed value throws <see cref="ConfigurationError"/>.</summary>
    public static FaultInjection? Current => Armed.Value;

    public string Action { get; }

    /// <summary>The file name, or trailing path segments, of the file to fail on.</summary>
    public string Target { get; }

    public static FaultInjection? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var separator = value.IndexOf(':', StringComparison.Ordinal);
        var action = separator < 0 ? value : value[..separator];
        var file = separator < 0 ? "" : value[(separator + 1)..].Replace('\\', '/');
        if (action is not (KillMidWrite or NoSpace) || file.Length == 0)
        {
            throw new ConfigurationError($"{Variable} = '{value}' is not a fault: expected '{KillMidWrite}:<file>' or '{NoSpace}:<file>'");
        }
        return new FaultInjection(action, file);
    }

    public bool Matches(string path)
    {
        var normalized = Path.GetFullPath(path).Replace('\\', '/');
        return normalized.EndsWith("/" + Target.TrimStart('/'), StringComparison.Ordinal);
    }

    public override string ToString() => $"{Action} on {Target}";

    /// <summary>Writes the first half of content to the open temporary file, then fails as armed. Never returns.</summary>
    internal void FailMidWrite(FileStream temporary, ReadOnlySpan<byte> content)
    {
        temporary.Write(content[..(content.Length / 2)]);
        temporary.Flush(flushToDisk: true);
        if (Action == KillMidWrite)
        {
            // Process.Kill on this process sends SIGKILL: no finally block, no exit handler, no flush runs after it.
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            self.Kill();
            Thread.Sleep(Timeout.Infinite);
        }
        // The same message and HResult as .NET's own exception for a write that failed with ENOSPC.
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(Enospc)} : '{temporary.Name}'", Enospc);
    }
}
