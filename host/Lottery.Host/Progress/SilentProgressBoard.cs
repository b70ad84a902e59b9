namespace Lottery.Host.Progress;

/// <summary>The board for non-interactive output: bars that keep their value and draw nothing.</summary>
public sealed class SilentProgressBoard : IProgressBoard
{
    public static readonly SilentProgressBoard Instance = new();

    public IProgressBar Add(string description, double total) => new SilentBar();

    private sealed class SilentBar : IProgressBar
    {
        public string Description { set { } }

        public double Total { set { } }

        public double Value { get; set; }

        public void Increment(double amount = 1) => Value += amount;
    }
}
