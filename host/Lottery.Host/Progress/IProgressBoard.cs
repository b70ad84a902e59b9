namespace Lottery.Host.Progress;

/// <summary>
/// Where long work shows progress bars (epochs, levels, the pool search). On a terminal they are live bars;
/// in CI and redirected output every bar is a silent no-op and the line output stands alone.
/// </summary>
public interface IProgressBoard
{
    /// <summary>A new bar from 0 to total.</summary>
    IProgressBar Add(string description, double total);
}

/// <summary>One bar; every member is safe to call from any thread.</summary>
public interface IProgressBar
{
    string Description { set; }

    double Total { set; }

    double Value { get; set; }

    void Increment(double amount = 1);
}
