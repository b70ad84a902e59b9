namespace Lottery.Host.Verbs;

/// <summary>A command of the command line (`./lottery &lt;name&gt;`).</summary>
public interface IVerb
{
    string Name { get; }

    string Summary { get; }

    /// <summary>Runs the verb and returns the process exit code.</summary>
    int Run(TextWriter output);
}
