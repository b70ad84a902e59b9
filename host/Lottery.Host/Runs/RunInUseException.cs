using System.Globalization;

namespace Lottery.Host.Runs;

/// <summary>
/// The run directory is locked by another live process (<see cref="RunLock"/>): not a failure of this run, so the run
/// verb records no error in a directory that other process owns.
/// </summary>
public sealed class RunInUseException(string runDirectory, int? holder, Exception inner) : InvalidOperationException(
    $"run directory {runDirectory} is in use by another live process{(holder == null ? "" : string.Create(CultureInfo.InvariantCulture, $" (PID {holder})"))}: wait for it to finish or stop it first",
    inner);
