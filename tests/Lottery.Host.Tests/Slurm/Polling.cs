namespace Lottery.Host.Tests.Slurm;

/// <summary>Waiting on Slurm, which says what it did only when asked: the condition checked until it holds or time runs out.</summary>
internal static class Polling
{
    /// <returns>Whether the condition held before the timeout.</returns>
    public static bool Until(Func<bool> condition, TimeSpan timeout, TimeSpan interval)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            Thread.Sleep(interval);
        }
        return true;
    }
}
