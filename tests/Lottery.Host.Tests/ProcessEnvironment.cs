namespace Lottery.Host.Tests;

/// <summary>
/// Tests that set Lottery__* environment variables, and those that run the host in this process, which reads them:
/// xunit runs the classes of one collection one after another, so no run picks up another test's setting.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class ProcessEnvironment
{
    public const string Collection = "process environment";
}
