using Xunit.Abstractions;

namespace Lottery.Host.Tests.BadInput;

/// <summary>
/// Every case of <see cref="BadInputCases"/> through the host's entry point, as a user meets it: a non-zero exit code,
/// one error line naming the key or file, the value and what was expected (no stack trace), and nothing lost: the
/// levels complete before the failing run, file for file, and those it completed before failing.
/// </summary>
[Collection(ProcessEnvironment.Collection)]
public sealed class BadInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseNames => new(BadInputCases.All.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Stops_with_one_error_naming_the_input_and_keeps_finished_work(string name)
    {
        var badInput = BadInputCases.All[name];
        using var workspace = new BadInputWorkspace();
        var arguments = badInput.Arrange(workspace);
        var before = workspace.CompleteLevelFiles();
        var runsBefore = workspace.RunDirectories();

        var result = badInput.OwnProcess ? BadInputWorkspace.RunProcess(arguments) : BadInputWorkspace.Run(arguments);

        Assert.True(result.ExitCode == badInput.ExitCode, $"exit code {result.ExitCode}, expected {badInput.ExitCode}; errors: {result.Error}");
        var error = Assert.Single(result.Error.Split('\n'), line => line.StartsWith("error: ", StringComparison.Ordinal));
        output.WriteLine(error);
        foreach (var fragment in badInput.Message.Select(workspace.Expand))
        {
            Assert.True(error.Contains(fragment, StringComparison.Ordinal), $"the error does not say \"{fragment}\":\n{error}");
        }
        Assert.DoesNotContain("   at ", result.Error);
        var after = workspace.CompleteLevelFiles();
        foreach (var (path, hash) in before) Assert.True(after.TryGetValue(path, out var now) && now == hash, $"{path} was changed or removed by the failing run");
        Assert.Equal(badInput.KeptLevels, after.Keys.Select(Path.GetDirectoryName).Distinct().Count());
        // A usage error is found before any work: not even an empty run directory is left behind.
        if (badInput.ExitCode == BadInputCase.UsageError) Assert.Equal(runsBefore, workspace.RunDirectories());
    }
}
