namespace Lottery.Host.Options;

/// <summary>Lottery:Runs: where run directories live.</summary>
public sealed class RunsOptions
{
    /// <summary>The root of run directories; relative paths are taken from the current directory.</summary>
    public string Root { get; set; } = "runs";
}
