using Spectre.Console;

namespace Lottery.Host.Progress;

/// <summary>Live bars on a terminal, drawn by Spectre.Console below the lines the run prints.</summary>
internal sealed class SpectreProgressBoard(ProgressContext context) : IProgressBoard
{
    public IProgressBar Add(string description, double total) => new Bar(context.AddTask(Markup.Escape(description), maxValue: total));

    private sealed class Bar(ProgressTask task) : IProgressBar
    {
        public string Description { set => task.Description = Markup.Escape(value); }

        public double Total { set => task.MaxValue = value; }

        public double Value { get => task.Value; set => task.Value = value; }

        public void Increment(double amount = 1) => task.Increment(amount);
    }
}
