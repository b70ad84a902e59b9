namespace Lottery.Fuzz;

/// <summary>
/// One reader under fuzzing. <see cref="Run"/> feeds the input to the real reader, as the file it reads, and returns
/// when the reader returned a value or threw its documented error (naming the file); anything else escapes, and is a
/// crash to AFL and a failure to the corpus replay test.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>The name <c>make fuzz FUZZ_TARGET=...</c> and the corpus folder tests/fuzz/corpus/&lt;name&gt;/ use.</summary>
    string Name { get; }

    /// <param name="input">The file's bytes.</param>
    /// <param name="folder">An empty folder of this run's own to write the file in.</param>
    void Run(byte[] input, string folder);

    /// <summary>Small valid inputs written by the framework's own writers (and, for configuration, its example files).</summary>
    IEnumerable<Seed> Seeds(string repository);
}

/// <summary>A corpus file: its name under the target's folder and its bytes.</summary>
public sealed record Seed(string Name, byte[] Content);
