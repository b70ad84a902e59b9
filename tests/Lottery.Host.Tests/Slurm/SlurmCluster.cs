using System.Diagnostics;
using System.Globalization;
using Lottery.Host.Tests.Metrics;

namespace Lottery.Host.Tests.Slurm;

/// <summary>
/// A real single-node Slurm on this machine for the tests that submit sweeps to it, started as docs/slurm.md describes:
/// munged as the munge user with a key and socket of its own, then slurmctld and slurmd with a slurm.conf written into a
/// temporary folder (free ports, every state, spool, pid and log file there, no cgroups: proctrack/linuxproc and
/// task/none), passed to every command as SLURM_CONF. What cannot start fails the tests with the daemons' logs; nothing
/// is skipped. Disposing cancels what is left and stops the three daemons by their pid files.
/// </summary>
public sealed class SlurmCluster : IDisposable
{
    /// <summary>CPUs of the node: two tasks at once, as small as the tests allow.</summary>
    public const int Cpus = 2;

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("lottery-slurm-").FullName;

    public SlurmCluster()
    {
        try
        {
            if (Environment.UserName != "root") throw new InvalidOperationException($"the Slurm tests start munged as the munge user and slurmd as root; they run as {Environment.UserName}");
            foreach (var daemon in new[] { "/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd" })
            {
                if (!File.Exists(daemon)) throw new InvalidOperationException($"{daemon} is not installed: `make test` installs slurm-wlm and munge (apt-get install slurm-wlm munge)");
            }
            // munged refuses a socket folder others cannot enter (this one's parent included), and a key others could read.
            Require(Command("chmod", "711", folder));
            StartMunge();
            File.WriteAllText(ConfigPath, Configuration());
            Directory.CreateDirectory(Path.Combine(folder, "state"));
            Directory.CreateDirectory(Path.Combine(folder, "spool"));
            Require(Command("/usr/sbin/slurmctld", "-c"));
            Require(Command("/usr/sbin/slurmd"));
            WaitForIdleNode();
        }
        catch (Exception e)
        {
            var logs = Logs();
            Dispose();
            throw new InvalidOperationException($"the single-node Slurm cluster did not start: {e.Message}\n{logs}", e);
        }
    }

    public string ConfigPath => Path.Combine(folder, "slurm.conf");

    /// <summary>What a process needs to talk to this cluster: its configuration.</summary>
    public IReadOnlyDictionary<string, string?> ClientEnvironment => new Dictionary<string, string?> { ["SLURM_CONF"] = ConfigPath };

    private string MungeFolder => Path.Combine(folder, "munge");

    private string MungeSocket => Path.Combine(MungeFolder, "munge.socket");

    /// <summary>Runs a Slurm (or any) command against this cluster to its end.</summary>
    public CommandResult Command(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["SLURM_CONF"] = ConfigPath;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not end within a minute");
        }
        return new CommandResult($"{program} {string.Join(' ', arguments)}", process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The tasks squeue lists (each array task on its own): id ("12_3"), state, reason.</summary>
    public IReadOnlyList<(string Id, string State, string Reason)> Queue() =>
        Require(Command("squeue", "--noheader", "--array", "--format=%i|%T|%r")).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|')).Select(f => (f[0], f[1], f[2])).ToList();

    /// <summary>Polls squeue until the condition holds; false after the timeout.</summary>
    public bool WaitForQueue(Func<IReadOnlyList<(string Id, string State, string Reason)>, bool> condition, TimeSpan timeout) =>
        Polling.Until(() => condition(Queue()), timeout, TimeSpan.FromSeconds(1));

    /// <summary>The last lines of every daemon's log, for a failure's message.</summary>
    public string Logs() => string.Join('\n', new[] { "munge/munged.log", "slurmctld.log", "slurmd.log" }.Select(name =>
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? $"--- {name} (last lines):\n{string.Join('\n', File.ReadLines(path).TakeLast(15))}" : $"--- {name}: none";
    }));

    public void Dispose()
    {
        try
        {
            // Tasks a failed test left behind would outlive slurmd (linuxproc tracks, it does not contain).
            if (File.Exists(PidFile("slurmctld.pid")) && Command("scancel", "--user=root").ExitCode == 0) WaitForQueue(queue => queue.Count == 0, TimeSpan.FromSeconds(60));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // A controller that never answered holds no tasks; stopping the daemons below is what is left to do.
        }
        foreach (var pidFile in new[] { "slurmd.pid", "slurmctld.pid", "munge/munged.pid" }) Stop(PidFile(pidFile));
        Directory.Delete(folder, recursive: true);
    }

    private string PidFile(string name) => Path.Combine(folder, name);

    private void StartMunge()
    {
        Directory.CreateDirectory(MungeFolder);
        var key = Path.Combine(MungeFolder, "munge.key");
        File.WriteAllBytes(key, System.Security.Cryptography.RandomNumberGenerator.GetBytes(1024));
        Require(Command("chmod", "711", MungeFolder));
        Require(Command("chmod", "400", key));
        Require(Command("chown", "-R", "munge:munge", MungeFolder));
        Require(Command("runuser", "-u", "munge", "--", "/usr/sbin/munged", $"--socket={MungeSocket}", $"--key-file={key}",
            $"--pid-file={Path.Combine(MungeFolder, "munged.pid")}", $"--log-file={Path.Combine(MungeFolder, "munged.log")}", $"--seed-file={Path.Combine(MungeFolder, "munged.seed")}"));
    }

    private string Configuration()
    {
        // Slurm names the node by the short host name.
        var host = System.Environment.MachineName.Split('.')[0];
        return string.Create(CultureInfo.InvariantCulture, $"""
            ClusterName=lotterytest
            SlurmctldHost={host}
            SlurmUser=root
            SlurmdUser=root
            AuthType=auth/munge
            AuthInfo=socket={MungeSocket}
            CredType=cred/munge
            SlurmctldPort={FreePort.Next()}
            SlurmdPort={FreePort.Next()}
            StateSaveLocation={folder}/state
            SlurmdSpoolDir={folder}/spool
            SlurmctldPidFile={folder}/slurmctld.pid
            SlurmdPidFile={folder}/slurmd.pid
            SlurmctldLogFile={folder}/slurmctld.log
            SlurmdLogFile={folder}/slurmd.log
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            JobAcctGatherType=jobacct_gather/none
            AccountingStorageType=accounting_storage/none
            JobCompType=jobcomp/none
            MpiDefault=none
            MailProg=/bin/true
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            SchedulerType=sched/backfill
            ReturnToService=2
            KillWait=30
            SlurmdParameters=config_overrides
            NodeName={host} CPUs={Cpus} RealMemory=1000 State=UNKNOWN
            PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP

            """);
    }

    private void WaitForIdleNode()
    {
        CommandResult? state = null;
        if (!Polling.Until(() => (state = Command("sinfo", "--noheader", "--format=%T")).Output.Trim() == "idle", StartPatience, TimeSpan.FromMilliseconds(500)))
        {
            throw new TimeoutException($"the node is not idle after {StartPatience.TotalSeconds} s: sinfo says '{state?.Output.Trim()}' {state?.Error.Trim()}");
        }
    }

    private static CommandResult Require(CommandResult result) =>
        result.ExitCode == 0 ? result : throw new InvalidOperationException($"{result.CommandLine} failed (exit code {result.ExitCode}): {result.Error.Trim()} {result.Output.Trim()}");

    // SIGTERM, then SIGKILL if the daemon is still there after 30 s.
    private static void Stop(string pidFile)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture, out var pid)) return;
        Process daemon;
        try
        {
            daemon = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return;
        }
        using (daemon)
        {
            using (var kill = Process.Start("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit();
            if (!daemon.WaitForExit(TimeSpan.FromSeconds(30))) daemon.Kill();
        }
    }
}

/// <summary>What a command printed and returned.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, string Error);
