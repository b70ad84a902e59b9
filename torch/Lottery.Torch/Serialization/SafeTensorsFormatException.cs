namespace Lottery.Torch.Serialization;

/// <summary>
/// A safetensors file (or stream) that is not well-formed: the message names the problem and, when known,
/// the file. An <see cref="IOException"/> (<see cref="InvalidDataException"/> is sealed), so code that handles
/// a checkpoint it cannot read handles a corrupt one the same way.
/// </summary>
public sealed class SafeTensorsFormatException : IOException
{
    public SafeTensorsFormatException(string problem, string? path = null, Exception? inner = null)
        : base(path is null ? $"safetensors: {problem}" : $"safetensors file '{path}': {problem}", inner)
    {
        Problem = problem;
        Path = path;
    }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }

    /// <summary>The file that was being read, or null for a stream or byte array.</summary>
    public string? Path { get; }

    /// <summary>The same problem, attributed to a file; the parser below the file layer does not know the path.</summary>
    internal SafeTensorsFormatException InFile(string path) => new(Problem, path, this);
}
