using System.Diagnostics;

namespace Lottery.Bench.Tests;

/// <summary>
/// The built bench program (bench/Lottery.Bench/bin/&lt;Configuration&gt;/&lt;TargetFramework&gt;/, as this test assembly
/// was built) and the other two implementations: the C++ worker, built here with CMake so it cannot rot, and
/// Debian's python3-torch, which `make test` installs (`make bench-deps`).
/// </summary>
internal static class BenchBuild
{
    private static readonly DirectoryInfo TestOutput = new(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
    private static readonly Lazy<string?> CppProblem = new(BuildCpp);
    private static readonly Lazy<string?> PyTorchProblem = new(CheckPyTorch);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string BenchAssembly =>
        Path.Combine(RepositoryRoot, "bench", "Lottery.Bench", "bin", TestOutput.Parent!.Name, TestOutput.Name, "Lottery.Bench.dll");

    public const string Python = "/usr/bin/python3";

    /// <summary>Why the C++ worker cannot run here (no cmake), or null once it is built; a compile error throws.</summary>
    public static string? CppUnavailable => CppProblem.Value;

    /// <summary>Why the PyTorch worker cannot run here, or null.</summary>
    public static string? PyTorchUnavailable => PyTorchProblem.Value;

    /// <summary>Runs a program to completion: its exit code and what it printed (stdout and stderr).</summary>
    public static (int exitCode, string output) Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}");
        }
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>dotnet with the bench assembly: the SDK tells test processes which dotnet runs them.</summary>
    public static (int exitCode, string output) RunBench(params string[] arguments) =>
        Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", arguments.Prepend(BenchAssembly), TimeSpan.FromMinutes(10));

    private static string? BuildCpp()
    {
        var source = Path.Combine(RepositoryRoot, "bench", "cpp");
        var build = Path.Combine(source, "build");
        try
        {
            // Incremental: a no-op when bench/cpp is unchanged since the last build.
            var configure = Run("cmake", ["-S", source, "-B", build, "-DCMAKE_BUILD_TYPE=Release"], TimeSpan.FromMinutes(5));
            if (configure.exitCode != 0) throw new InvalidOperationException($"cmake could not configure bench/cpp: {configure.output}");
            var compile = Run("cmake", ["--build", build, "--parallel"], TimeSpan.FromMinutes(15));
            if (compile.exitCode != 0) throw new InvalidOperationException($"bench/cpp does not compile: {compile.output}");
            return null;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return $"cmake is not available ({error.Message}): `make deps` installs it";
        }
    }

    private static string? CheckPyTorch()
    {
        if (!File.Exists(Python)) return $"{Python} does not exist: `make bench-deps` installs python3-torch";
        var (exitCode, output) = Run(Python, ["-c", "import torch"], TimeSpan.FromMinutes(2));
        return exitCode == 0 ? null : $"{Python} cannot import torch ({output.Trim()}): `make bench-deps` installs python3-torch";
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = TestOutput; directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LotteryHost.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"no LotteryHost.sln above {AppContext.BaseDirectory}");
    }
}
