using System.ComponentModel;
using System.Diagnostics;

namespace Lottery.Host.Sweeps;

/// <summary>What a Slurm client command printed and returned.</summary>
internal sealed record SlurmReply(string CommandLine, int ExitCode, string Output, string Error)
{
    /// <summary>The command's own complaint, for an error message: standard error, else standard output.</summary>
    public string Message => (Error.Trim().Length > 0 ? Error : Output).Trim();
}

/// <summary>
/// Runs Slurm's client commands (sbatch, squeue, sacct) as a user would, from PATH, with SLURM_CONF and the rest of this
/// process's environment: they talk to the cluster, the host never does.
/// </summary>
internal static class SlurmClient
{
    /// <exception cref="InvalidOperationException">The command is not installed (or cannot be started).</exception>
    public static SlurmReply Call(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var commandLine = string.Join(' ', [program, .. start.ArgumentList]);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{commandLine} could not be started");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{commandLine} could not be started ({e.Message}): Lottery:Sweep:Executor=slurm needs Slurm's client commands (sbatch, squeue) on PATH, as on a cluster's login node");
        }
        using (process)
        {
            // Both streams read at once: a command filling one pipe while this waits on the other would never end.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new SlurmReply(commandLine, process.ExitCode, output.Result, error.Result);
        }
    }
}
