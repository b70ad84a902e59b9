using System.Globalization;
using Lottery.Host.Runs;

namespace Lottery.Host.Tests;

/// <summary>
/// The run directory's lock between runs: it names its holder while held and is free again once released. Its
/// refusal of a second live process is a bad-input case (tests/Lottery.Host.Tests/BadInput).
/// </summary>
public sealed class RunLockTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("run-lock-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_lock_names_its_holder_and_is_free_again_once_released()
    {
        using (RunLock.Acquire(directory))
        {
            Assert.Equal(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(directory, "run.pid")));
        }
        // Released on dispose (and by the OS when a process dies): the next run gets it.
        using var again = RunLock.Acquire(directory);
    }
}
