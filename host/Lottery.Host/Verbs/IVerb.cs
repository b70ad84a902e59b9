namespace Lottery.Host.Verbs;

/// <summary>A command of the command line (`./lottery &lt;name&gt;`).</summary>
public interface IVerb
{
    string Name { get; }

    string Summary { get; }

    /// <summary>
    /// Runs the verb and returns the process exit code. Results go to output, warnings to error: the verb writes nowhere
    /// else. Cancelling stop asks long work to stop cleanly (it ends with <see cref="OperationCanceledException"/>).
    /// </summary>
    int Run(TextWriter output, TextWriter error, CancellationToken stop);
}
