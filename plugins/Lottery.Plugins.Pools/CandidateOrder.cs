namespace Lottery.Plugins.Pools;

/// <summary>
/// The candidates of a target level t: every other level by distance to t, the denser neighbour first
/// (t-1, t+1, t-2, t+2, ...), as Lottery Pools tries them.
/// </summary>
public static class CandidateOrder
{
    /// <param name="poolSize">How many candidates to take; 0 for all of them.</param>
    public static IReadOnlyList<int> For(int target, int levelCount, int poolSize = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(poolSize);
        if (target < 0 || target >= levelCount) throw new ArgumentOutOfRangeException(nameof(target), target, $"expected a level from 0 to {levelCount - 1}");
        var order = new List<int>(levelCount - 1);
        for (var distance = 1; distance < levelCount; distance++)
        {
            if (target - distance >= 0) order.Add(target - distance);
            if (target + distance < levelCount) order.Add(target + distance);
        }
        return poolSize == 0 ? order : order.Take(poolSize).ToList();
    }
}
