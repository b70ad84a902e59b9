using System.Diagnostics;
using Lottery.Host.Options;
using Lottery.Host.Sweeps;

namespace Lottery.Host.Tests.Slurm;

/// <summary>The job script as written (no cluster needed): its #SBATCH lines, its array, its quoting, bash's reading of it.</summary>
public sealed class SlurmScriptTests
{
    private static readonly SweepFolder Folder = new("/runs/sweeps/it's here");

    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 }, "0-3")]
    [InlineData(new[] { 7, 0, 2, 1, 9, 10 }, "0-2,7,9-10")]
    [InlineData(new[] { 5 }, "5")]
    public void The_array_names_the_points_left_as_ranges(int[] indices, string expected) =>
        Assert.Equal(expected, SlurmScript.ArraySpec(indices));

    [Fact]
    public void Every_setting_becomes_its_SBATCH_line()
    {
        var slurm = new SlurmOptions { Partition = "gpu", Time = "02:00:00", Memory = "4G", Gpus = 1, SignalSeconds = 300, ExtraLines = ["--account=lab", "--qos=low"] };
        var lines = Script(slurm).Split('\n').Where(line => line.StartsWith("#SBATCH ", StringComparison.Ordinal)).Select(line => line["#SBATCH ".Length..]).ToList();
        Assert.Equal(
            ["--job-name=lottery-study", "--array=2,4", "--requeue", "--signal=B:USR1@300", "--output=\"/runs/sweeps/it's here/points/%3a.log\"", "--open-mode=append",
             "--chdir=\"/work\"", "--cpus-per-task=2", "--partition=gpu", "--time=02:00:00", "--mem=4G", "--gpus-per-task=1", "--account=lab", "--qos=low"],
            lines);
    }

    [Fact]
    public void Bash_reads_the_script_and_each_task_gets_its_point_s_command_word_for_word()
    {
        var script = Script(new SlurmOptions());
        var path = Path.Combine(Directory.CreateTempSubdirectory("slurm-script-").FullName, "slurm.sh");
        try
        {
            File.WriteAllText(path, script);
            Assert.Equal(0, Bash("-n", path).ExitCode);
            // The case alone, then the command it chose, one word a line.
            var chooser = script[..script.IndexOf("points=", StringComparison.Ordinal)] + "printf '%s\\n' \"$point\" \"$@\"\n";
            File.WriteAllText(path, chooser);
            Assert.Equal("004\ndotnet\nrun\n--Lottery:Experiment:Name=it's \"x\" $HOME\n", Bash(path, task: "4").Output);
            Assert.Equal(2, Bash(path, task: "3").ExitCode);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static string Script(SlurmOptions slurm) => SlurmScript.Write("study", Folder, slurm, 2, "/work",
        [(new SweepPoint(2, []), ["dotnet", "run"]), (new SweepPoint(4, []), ["dotnet", "run", "--Lottery:Experiment:Name=it's \"x\" $HOME"])]);

    private static (int ExitCode, string Output) Bash(string argument, string? path = null, string task = "")
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(argument);
        if (path != null) start.ArgumentList.Add(path);
        start.Environment["SLURM_ARRAY_TASK_ID"] = task;
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        return (bash.ExitCode, output);
    }
}
