using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Tests.Slurm;

/// <summary>Lottery:Sweep:Slurm is validated on start like every other section: each value becomes a line of the job script.</summary>
public sealed class SlurmOptionsTests
{
    [Theory]
    [InlineData("Time", "2 hours", "Lottery:Sweep:Slurm:Time = '2 hours' is invalid: expected a time limit in Slurm's format")]
    [InlineData("Memory", "4 GB", "Lottery:Sweep:Slurm:Memory = '4 GB' is invalid")]
    [InlineData("Partition", "cpu\n#SBATCH --x", "Lottery:Sweep:Slurm:Partition")]
    [InlineData("ExtraLines:0", "account=lab", "Lottery:Sweep:Slurm:ExtraLines = ['account=lab'] is invalid: line 0 ('account=lab'): expected one sbatch option on one line")]
    [InlineData("SignalSeconds", "5", "Lottery:Sweep:Slurm:SignalSeconds = 5 is invalid: expected seconds from 10 to 86400")]
    public void A_value_that_would_break_the_script_is_refused_naming_its_key(string key, string value, string message)
    {
        var error = Assert.Throws<ConfigurationError>(() => Load(($"Lottery:Sweep:Slurm:{key}", value)));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Settings_bind_with_the_executor()
    {
        var options = Load(("Lottery:Sweep:Executor", "slurm"), ("Lottery:Sweep:Slurm:Time", "1-00:00:00"), ("Lottery:Sweep:Slurm:ExtraLines:0", "--account=lab"));
        Assert.Equal((SweepOptions.SlurmExecutorName, "1-00:00:00", "--account=lab"), (options.Sweep.Executor, options.Sweep.Slurm.Time, options.Sweep.Slurm.ExtraLines.Single()));
    }

    private static LotteryOptions Load(params (string Key, string Value)[] settings) =>
        LotteryOptions.Load(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());
}
